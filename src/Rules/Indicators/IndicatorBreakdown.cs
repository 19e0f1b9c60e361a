namespace Requisition.Rules.Indicators;

/// <summary>
/// The rows behind one indicator figure, in facility and item order: every row of the denominator, with
/// <see cref="IndicatorRow.Counts"/> marking the numerator. Summing the cells as the columns say gives the figure.
/// </summary>
public sealed record IndicatorBreakdown(string Id, IReadOnlyList<string> Columns, IReadOnlyList<IndicatorRow> Rows);
