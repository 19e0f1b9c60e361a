using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// A flag a rule raised (see <c>Flag</c>), kept with the step and threshold version it was raised under, the
/// evidence and thresholds that decided it, and what people did about it.
/// </summary>
public sealed class FlagRecord
{
    public long Id { get; set; }

    /// <summary>Stable rule id, e.g. EXCESS_STOCK.</summary>
    public string Rule { get; set; } = "";

    public Severity Severity { get; set; }

    /// <summary>The step whose rule set raised it (formulary, rko, lplpo, ifk-review, distribution).</summary>
    public string Step { get; set; } = "";

    public FacilityId FacilityId { get; set; }

    /// <summary>The item, or null for a flag about a whole document or facility. Not tied to the catalog:
    /// a flag may name a code the catalog does not know.</summary>
    public DrugCode? DrugCode { get; set; }

    public Period? Period { get; set; }

    /// <summary>A batch number, document number or similar, when the flag is about one.</summary>
    public string? Subject { get; set; }

    public string Message { get; set; } = "";

    /// <summary>The values that matched (JSON array of name/value).</summary>
    public string EvidenceJson { get; set; } = "[]";

    /// <summary>The thresholds that decided it (JSON array of name/value).</summary>
    public string ThresholdsJson { get; set; } = "[]";

    public string ThresholdVersion { get; set; } = "";

    /// <summary>The workflow instance whose step raised it, if a workflow did.</summary>
    public Guid? WorkflowInstanceId { get; set; }

    public DateTimeOffset RaisedAt { get; set; }

    public FlagStatus Status { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>Why the person accepted the flag (required to acknowledge).</summary>
    public string? AcknowledgeReason { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }
}
