using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// One item or document behind an indicator figure (rincian): the facility, the item when the row is about one, the
/// document it was read from ("LPLPO 2026-10", "RKO 2026", "batch B-12"), the LPLPO period when the row is one
/// LPLPO's (so a caller can link to it), the numbers counted (named by <see cref="IndicatorBreakdown.Columns"/>), and
/// whether the row is in the numerator (null when the indicator has no numerator/denominator split).
/// </summary>
public sealed record IndicatorRow(
    FacilityId Facility, DrugCode? DrugCode, string? Document, Period? LplpoPeriod, IReadOnlyList<string> Cells, bool? Counts);
