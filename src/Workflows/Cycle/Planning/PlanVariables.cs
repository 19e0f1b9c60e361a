namespace Requisition.Workflows.Cycle.Planning;

/// <summary>The workflow variables the formulary and RKO workflows keep, shared by their activities and commands.</summary>
internal static class PlanVariables
{
    /// <summary>The year planned for (start variable).</summary>
    public const string Year = "year";

    /// <summary>The district drug budget in rupiah (start variable of rko-district).</summary>
    public const string Budget = "budget";

    /// <summary>Task inputs: the submission and the head's decision (each with acknowledgements), the IFK's fitting.</summary>
    public const string Submission = "submission";
    public const string Establishment = "establishment";

    /// <summary>The head's reason when the document was last returned; cleared on the next submit.</summary>
    public const string ReturnReason = "returnReason";

    /// <summary>The year of the formulary whose items a new formulary started from.</summary>
    public const string CopiedFrom = "copiedFrom";

    /// <summary>The RKO settings the lines were computed with (from the threshold set at creation), reused by every edit.</summary>
    public const string SafetyPct = "rkoSafetyPct";
    public const string LeadTimeWeeks = "rkoLeadTimeWeeks";

    /// <summary>RKO items with no use in the stock history: the pharmacist fills them by morbidity or gives a need.</summary>
    public const string NoHistory = "noHistory";

    /// <summary>The pharmacist's line edits by item: { "plannedNeed": n } or { "morbidity": [...] }.</summary>
    public const string Edits = "edits";

    /// <summary>The consolidated RKO's sources: the puskesmas RKOs it holds and the puskesmas with none established.</summary>
    public const string Included = "included";
    public const string Missing = "missing";
}
