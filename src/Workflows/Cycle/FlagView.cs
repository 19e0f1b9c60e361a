using System.Linq.Expressions;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle;

/// <summary>A flag as people see it: what a rule raised at a step, and what has been done about it.</summary>
/// <param name="Id">The stored flag's id; 0 for a flag of a refused action (nothing was stored).</param>
public sealed record FlagView(
    long Id,
    string Rule,
    Severity Severity,
    string Step,
    string Facility,
    string? DrugCode,
    string? Period,
    string? Subject,
    string Message,
    FlagStatus Status,
    string? AcknowledgedBy,
    string? AcknowledgeReason,
    string ThresholdVersion)
{
    public static FlagView Of(FlagRecord record) => new(
        record.Id, record.Rule, record.Severity, record.Step, record.FacilityId.Value, record.DrugCode?.Value,
        record.Period?.ToString(), record.Subject, record.Message, record.Status, record.AcknowledgedBy,
        record.AcknowledgeReason, record.ThresholdVersion);

    /// <summary>
    /// <see cref="Of"/> as a query projection: reads only the columns a view shows (not the evidence and thresholds
    /// JSON), for lists of hundreds of stored flags.
    /// </summary>
    public static readonly Expression<Func<FlagRecord, FlagView>> Stored = f => new FlagView(
        f.Id, f.Rule, f.Severity, f.Step, f.FacilityId.Value, f.DrugCode == null ? null : f.DrugCode.Value.Value,
        f.Period == null ? null : f.Period.Value.ToString(), f.Subject, f.Message, f.Status, f.AcknowledgedBy,
        f.AcknowledgeReason, f.ThresholdVersion);

    /// <summary>An error, or a warning nobody has acknowledged: it holds the transition.</summary>
    public bool Blocks => Severity == Severity.Error || (Severity == Severity.Warning && Status == FlagStatus.Open);

    public override string ToString() =>
        $"{Severity.ToString().ToLowerInvariant()} {Rule}{(DrugCode is null ? "" : " " + DrugCode)}{(Subject is null ? "" : " [" + Subject + "]")}: {Message}";
}

/// <summary>
/// A person's acknowledgement of warnings, given with the action they hold: the rule, optionally narrowed to
/// one item and one subject (a batch, a document), and the reason. Without an item it covers every warning of
/// the rule at that step.
/// </summary>
public sealed record Acknowledgement(string Rule, string? DrugCode, string? Subject, string Reason)
{
    public bool Covers(FlagRecord flag) =>
        string.Equals(flag.Rule, Rule, StringComparison.OrdinalIgnoreCase)
        && (DrugCode is null || string.Equals(flag.DrugCode?.Value, DrugCode, StringComparison.OrdinalIgnoreCase))
        && (Subject is null || string.Equals(flag.Subject, Subject, StringComparison.Ordinal));
}
