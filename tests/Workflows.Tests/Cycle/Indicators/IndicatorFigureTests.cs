using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using static Requisition.Workflows.Tests.Cycle.Indicators.IndicatorWorld;

namespace Requisition.Workflows.Tests.Cycle.Indicators;

/// <summary>
/// The dashboard's figures from data stored in the database, on hand-computed datasets: the seed-002 worked examples,
/// LPLPO on time, planning accuracy and the out/short/safe/excess shares.
/// </summary>
public abstract class IndicatorFigureTests(TestDatabase database)
{
    private static readonly Period Jan2025 = new(2025, 1);
    private static readonly Period Dec2025 = new(2025, 12);

    [Fact]
    public async Task Dashboard_SeedExampleOfThreeIndicatorDrugs_GivesUsageRatio49AndStockoutTime20Percent()
    {
        // Seed 002: received 1500 / 1000 / 750, issued 700 / 500 / 375 (ratios 47 %, 50 %, 50 %, mean 49 %);
        // 36, 64 and 123 stock-out days: (36 + 64 + 123) / (365 x 3) = 20 %.
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"],
            ("PCT500", "Parasetamol 500 mg", 100m), ("KTM480", "Kotrimoksazol 480 mg", 200m), ("AMP500", "Ampisilin 500 mg", 300m));
        await world.Year("PKM-A", 2025, ("PCT500", 1500, 700, 36), ("KTM480", 1000, 500, 64), ("AMP500", 750, 375, 123)).SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, Dec2025));

        var usage = Figure(dashboard, "usage_ratio");
        Assert.Equal(49m, Math.Round(usage.Value!.Value));
        Assert.Equal(48.89m, Math.Round(usage.Value.Value, 2));
        Assert.Equal("use", usage.Group);
        var stockout = Figure(dashboard, "stockout_time");
        Assert.Equal(223m * 100m / 1095m, stockout.Value);
        Assert.Equal(20m, Math.Round(stockout.Value!.Value));
        Assert.False(stockout.Meets);
        Assert.Contains("3 indicator items x 365 days", stockout.Basis);
        Assert.Contains(IndicatorQueries.IndicatorSetNote, stockout.Basis);
        Assert.Equal(("PKM-A", false, new DateOnly(2026, 3, 20)), (dashboard.ScopeId, dashboard.District, dashboard.AsOf));
    }

    [Fact]
    public async Task Dashboard_ThreePuskesmasTwoMonthsFourOnTime_GivesLplpoOnTimeOfTwoThirds()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A", "PKM-B", "PKM-C"], ("A", "Obat A", 100m));
        var line = new Line("A", 0, 10, 100);
        world.Lplpo("PKM-A", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 10), line)     // due 2025-02-10: on time
            .Lplpo("PKM-A", "2025-02", LplpoStatus.Closed, new DateOnly(2025, 3, 3), line)        // on time
            .Lplpo("PKM-B", "2025-01", LplpoStatus.Approved, new DateOnly(2025, 2, 11), line)     // a day late
            .Lplpo("PKM-B", "2025-02", LplpoStatus.Submitted, new DateOnly(2025, 3, 1), line)     // on time
            .Lplpo("PKM-C", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 4), line)        // on time
            .Lplpo("PKM-C", "2025-02", LplpoStatus.Draft, null, line);                            // never sent
        await world.SaveAsync();
        var query = new IndicatorQuery(null, Jan2025, new Period(2025, 2));

        var district = await world.Indicators.DashboardAsync(world.Ifk, query);
        var single = await world.Indicators.DashboardAsync(world.Ifk, query with { FacilityId = "PKM-B" });

        var onTime = Figure(district, "lplpo_on_time");
        Assert.Equal(4m * 100m / 6m, onTime.Value);
        Assert.Equal(66.67m, Math.Round(onTime.Value!.Value, 2));
        Assert.Equal(("distribution", "100 %", false), (onTime.Group, onTime.Standard, onTime.Meets));
        Assert.Equal(50m, Figure(single, "lplpo_on_time").Value);
    }

    [Fact]
    public async Task Dashboard_ReturnedLplpo_CountsAsNotReceived()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"], ("A", "Obat A", 100m));
        await world.Lplpo("PKM-A", "2025-01", LplpoStatus.Returned, new DateOnly(2025, 2, 3), new Line("A", 0, 10, 100)).SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, Jan2025));

        Assert.Equal(0m, Figure(dashboard, "lplpo_on_time").Value);
    }

    [Fact]
    public async Task Dashboard_ImportedHistoryWithoutASubmissionDate_IsNeitherOnTimeNorLate()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"], ("A", "Obat A", 100m));
        await world.Lplpo("PKM-A", "2025-01", LplpoStatus.Closed, null, new Line("A", 0, 10, 100))
            .Lplpo("PKM-A", "2025-02", LplpoStatus.Closed, new DateOnly(2025, 3, 12), new Line("A", 0, 10, 90))
            .SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, new Period(2025, 2)));

        var onTime = Figure(dashboard, "lplpo_on_time");
        Assert.Equal(0m, onTime.Value); // February was late; January's date is unknown
        Assert.Contains("0 of 1 LPLPO expected", onTime.Basis);
        Assert.Contains("1 LPLPO received with no date recorded", onTime.Basis);
    }

    [Fact]
    public async Task Dashboard_Rko1200AgainstAYearsUseOf1000_GivesPlanningAccuracy120Percent()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"], ("A", "Obat A", 100m), ("B", "Obat B", 100m));
        await world.Year("PKM-A", 2025, ("A", 1200, 1000, 0), ("B", 600, 600, 0))
            .Rko("PKM-A", 2025, ("A", 1200))
            .Rko("PKM-A", 2024, ("A", 99_999), ("B", 99_999))
            .SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, Dec2025));

        var accuracy = Figure(dashboard, "planning_accuracy");
        Assert.Equal(120m, accuracy.Value);
        Assert.Equal(("planning", "100-120 %", true), (accuracy.Group, accuracy.Standard, accuracy.Meets));
    }

    [Fact]
    public async Task Dashboard_FiveItemsByMonthsOfStock_GivesTheOutShortSafeExcessShares()
    {
        // One month, use 10 each: closing 0 -> out, 50 -> 5 months short, 150 -> 15 safe, 200 and 300 -> 20 and 30 excess.
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"],
            ("O", "Obat O", 10m), ("S", "Obat S", 10m), ("M", "Obat M", 10m), ("E1", "Obat E1", 10m), ("E2", "Obat E2", 10m));
        await world.Lplpo("PKM-A", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 5),
            new Line("O", 0, 10, 0), new Line("S", 0, 10, 50), new Line("M", 0, 10, 150), new Line("E1", 0, 10, 200), new Line("E2", 0, 10, 300)).SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, Jan2025));

        Assert.Equal((20m, 20m, 20m, 40m),
            (Figure(dashboard, "items_out_pct").Value, Figure(dashboard, "items_short_pct").Value,
             Figure(dashboard, "items_safe_pct").Value, Figure(dashboard, "items_excess_pct").Value));
        Assert.Equal(("availability", "-", (bool?)null), (Figure(dashboard, "items_safe_pct").Group, Figure(dashboard, "items_safe_pct").Standard, Figure(dashboard, "items_safe_pct").Meets));
    }

    [Fact]
    public async Task Dashboard_StoredFormularyAndBatches_GiveTheSelectionAndStorageFigures()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A"], ("A", "Obat A", 100m), ("B", "Obat B", 100m));
        await world.Lplpo("PKM-A", "2025-01", LplpoStatus.Closed, new DateOnly(2025, 2, 5), new Line("A", 0, 10, 100), new Line("B", 0, 10, 100))
            .Batch("PKM-A", "A", "OLD", new DateOnly(2026, 1, 31), 10, 100m)     // expired on 2026-03-20: Rp 1,000
            .Batch("PKM-A", "B", "NEW", new DateOnly(2028, 1, 31), 30, 100m)     // Rp 3,000
            .SaveAsync();

        var dashboard = await world.Indicators.DashboardAsync(Pharmacist("PKM-A"), new IndicatorQuery(null, Jan2025, Jan2025));

        Assert.Equal(25m, Figure(dashboard, "expired_value_pct").Value);
        Assert.Equal(50m, Figure(dashboard, "expired_items_pct").Value);
        Assert.Equal(100m, Figure(dashboard, "generic_value_share").Value);
        Assert.Equal("storage", Figure(dashboard, "expired_value_pct").Group);
    }

    private static IndicatorFigure Figure(IndicatorDashboard dashboard, string id) =>
        dashboard.Figures.SingleOrDefault(f => f.Id == id) ?? throw new Xunit.Sdk.XunitException($"no figure {id}: {string.Join(", ", dashboard.Figures.Select(f => f.Id))}");

    public sealed class OnSqlite(SqliteTestDatabase database) : IndicatorFigureTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : IndicatorFigureTests(server.DatabaseFor(typeof(OnPostgres)));
}
