using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Flags;

/// <summary>
/// What a rule raised, with everything needed to explain it: the rule, the values that matched, and the
/// thresholds (with the threshold set's version) that decided it.
/// </summary>
/// <param name="Rule">Stable rule id, e.g. EXCESS_STOCK.</param>
/// <param name="Step">The step whose rule set raised it.</param>
/// <param name="DrugCode">The item, or null for a flag about a whole document or facility.</param>
/// <param name="Period">The reporting period, when the flag is about one.</param>
/// <param name="Subject">A batch number, document number or similar, when the flag is about one.</param>
public sealed record Flag(
    string Rule,
    Severity Severity,
    string Step,
    FacilityId Facility,
    DrugCode? DrugCode,
    Period? Period,
    string? Subject,
    string Message,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<EvidenceItem> Thresholds,
    string ThresholdVersion);
