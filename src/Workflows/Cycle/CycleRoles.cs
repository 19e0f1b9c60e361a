namespace Requisition.Workflows.Cycle;

/// <summary>The roles people act in. A user holds a role at one facility (or, for an administrator, at none).</summary>
public static class CycleRoles
{
    /// <summary>Puskesmas staff: propose formulary items.</summary>
    public const string Staff = "staff";

    /// <summary>The puskesmas pharmacist (apoteker / TTK): plans, reports, requests, confirms receipts; reviews sub-unit requests.</summary>
    public const string Pharmacist = "pharmacist";

    /// <summary>Head of the puskesmas (kepala puskesmas): establishes the formulary and the RKO.</summary>
    public const string Head = "head";

    /// <summary>A sub-unit's staff (pustu, polindes, poskesdes): request from their puskesmas and confirm receipts.</summary>
    public const string SubUnit = "sub-unit";

    /// <summary>The district pharmacy warehouse officer (IFK): reviews, adjusts, approves and ships.</summary>
    public const string IfkOfficer = "ifk-officer";

    /// <summary>Tunes thresholds and reference lists; not a party to any document.</summary>
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Staff, Pharmacist, Head, SubUnit, IfkOfficer, Administrator];
}
