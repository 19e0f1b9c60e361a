using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;
using static Requisition.Workflows.Tests.Cycle.Indicators.IndicatorWorld;

namespace Requisition.Workflows.Tests.Cycle.Indicators;

/// <summary>The monthly trends: one point per month of the range, each the figure that month's own dashboard shows.</summary>
public sealed class IndicatorTrendTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Trends_EachMonth_MatchTheDashboardOfThatMonthAlone()
    {
        var world = await WorldAsync();
        var from = new Period(2025, 1);
        var to = new Period(2025, 4);

        var dashboard = await world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, from, to));

        Assert.Equal(["stockout_time", "planning_accuracy", "lplpo_on_time", "items_out_pct", "items_short_pct", "items_safe_pct", "items_excess_pct"],
            dashboard.Trends.Select(t => t.Id));
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var alone = await world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, month, month));
            foreach (var trend in dashboard.Trends)
            {
                var point = trend.Points.Single(p => p.Period == month);
                Assert.Equal(alone.Figures.SingleOrDefault(f => f.Id == trend.Id)?.Value, point.Value);
            }
        }
    }

    [Fact]
    public async Task Trends_HandComputedMonths_FollowTheData()
    {
        var world = await WorldAsync();

        var dashboard = await world.Indicators.DashboardAsync(world.Ifk, new IndicatorQuery(null, new Period(2025, 1), new Period(2025, 4)));

        Assert.Equal([100m, 50m, 50m, 0m], Points(dashboard, "lplpo_on_time")); // April was due 2025-05-10 and nobody sent it
        Assert.Equal([0m, 50m, 0m, null], Points(dashboard, "items_out_pct")); // March: PKM-B's draft does not count
        Assert.Equal((decimal?)0m, dashboard.Trends.Single(t => t.Id == "stockout_time").Target);
        Assert.Equal((decimal?)100m, dashboard.Trends.Single(t => t.Id == "lplpo_on_time").Target);
        Assert.Null(dashboard.Trends.Single(t => t.Id == "items_safe_pct").Target);
    }

    private static IReadOnlyList<decimal?> Points(IndicatorDashboard dashboard, string id) =>
        dashboard.Trends.Single(t => t.Id == id).Points.Select(p => p.Value is { } v ? Math.Round(v, 4) : (decimal?)null).ToList();

    /// <summary>
    /// Two puskesmas, item A (use 10 a month), RKO 2025 of 120 each. January: both on time, stock 20 each. February: PKM-B
    /// late and out of stock. March: PKM-B's LPLPO never sent. April: nobody sent anything.
    /// </summary>
    private async Task<IndicatorWorld> WorldAsync()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A", "PKM-B"], ("A", "Obat A", 100m));
        world.Lplpo("PKM-A", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 3), new Line("A", 0, 10, 20, Requested: 10))
            .Lplpo("PKM-B", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 4), new Line("A", 0, 10, 20, Requested: 10))
            .Lplpo("PKM-A", "2025-02", LplpoStatus.Closed, new DateOnly(2025, 3, 3), new Line("A", 10, 10, 20, Requested: 10))
            .Lplpo("PKM-B", "2025-02", LplpoStatus.Closed, new DateOnly(2025, 3, 20), new Line("A", 0, 20, 0, StockoutDays: 7, Requested: 30))
            .Lplpo("PKM-A", "2025-03", LplpoStatus.Closed, new DateOnly(2025, 4, 2), new Line("A", 10, 10, 20, Requested: 10))
            .Lplpo("PKM-B", "2025-03", LplpoStatus.Draft, null, new Line("A", 30, 10, 20))
            .Rko("PKM-A", 2025, ("A", 120))
            .Rko("PKM-B", 2025, ("A", 120));
        await world.SaveAsync();
        return world;
    }
}
