namespace Requisition.Rules.RuleSets;

/// <summary>The workflow steps a rule set is compiled for.</summary>
public static class Steps
{
    /// <summary>Pemilihan: the puskesmas formulary.</summary>
    public const string Formulary = "formulary";

    /// <summary>The annual plan of needs (RKO).</summary>
    public const string Rko = "rko";

    /// <summary>The monthly report and request (LPLPO).</summary>
    public const string Lplpo = "lplpo";

    /// <summary>The IFK's review of a submitted LPLPO.</summary>
    public const string IfkReview = "ifk-review";

    /// <summary>Picking, shipping (SBBK) and receipt.</summary>
    public const string Distribution = "distribution";

    public static readonly IReadOnlyList<string> All = [Formulary, Rko, Lplpo, IfkReview, Distribution];
}
