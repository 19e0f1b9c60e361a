namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// An indicator month by month (tren): ids "stockout_time", "planning_accuracy", "lplpo_on_time", "items_out_pct",
/// "items_short_pct", "items_safe_pct", "items_excess_pct". <paramref name="Target"/> = the standard's value to draw as
/// a line, when there is one.
/// </summary>
public sealed record IndicatorTrend(string Id, string Unit, decimal? Target, IReadOnlyList<TrendPoint> Points);
