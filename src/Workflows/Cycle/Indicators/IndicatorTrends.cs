using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;
using Requisition.Rules.Thresholds;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The monthly trends (tren bulanan) of the dashboard: each month of the range computed as a one-month range of its own
/// (<see cref="MonthlySeries"/>), so a point equals the dashboard figure of that month alone, from the data read once.
/// </summary>
internal static class IndicatorTrends
{
    /// <summary>The indicators drawn month by month, in the order the dashboard draws them.</summary>
    public static readonly IReadOnlyList<string> Ids =
        [StockoutTime.Id, PlanningAccuracy.Id, LplpoOnTime.Id, ItemsOutPct.Id, ItemsShortPct.Id, ItemsSafePct.Id, ItemsExcessPct.Id];

    public static IReadOnlyList<IndicatorTrend> Compute(IndicatorData data, ThresholdSet thresholds, Period from, Period to) =>
        MonthlySeries.Compute(data, thresholds, from, to, Ids)
            .Select(series => new IndicatorTrend(series.Id, "%", Target(series.Id, thresholds),
                series.Points.Select(p => new TrendPoint(p.Period, p.Value)).ToList()))
            .ToList();

    /// <summary>The standard's value to draw as a line: 0 % for stock-outs and the out/short/excess shares, 100 % on time, the lower end of the planning band; none for the safe share.</summary>
    private static decimal? Target(string id, ThresholdSet thresholds) => id switch
    {
        PlanningAccuracy.Id => thresholds.PlanAccuracyMinPct,
        LplpoOnTime.Id => 100m,
        ItemsSafePct.Id => null,
        _ => 0m,
    };
}
