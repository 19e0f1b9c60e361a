namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// One item or document behind an indicator figure (rincian): the facility, the item, the document it comes from
/// (e.g. "LPLPO 2026-10", with <paramref name="LplpoId"/> to link to its timeline), the numbers counted
/// (<paramref name="Cells"/>, named by the drill-down's columns), and whether it is in the numerator
/// (<paramref name="Counts"/>; null when the indicator has no numerator/denominator split).
/// </summary>
public sealed record DrillRow(string FacilityId, string? DrugCode, string? Name, string? Document, long? LplpoId,
    IReadOnlyList<string> Cells, bool? Counts);
