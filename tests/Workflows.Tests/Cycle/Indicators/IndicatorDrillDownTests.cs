using System.Globalization;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;
using static Requisition.Workflows.Tests.Cycle.Indicators.IndicatorWorld;

namespace Requisition.Workflows.Tests.Cycle.Indicators;

/// <summary>Every figure on the dashboard drills down to the items and documents behind it, and those rows add up to it.</summary>
public sealed class IndicatorDrillDownTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly IndicatorQuery Year2025 = new(null, new Period(2025, 1), new Period(2025, 12));

    [Fact]
    public async Task DrillDown_EveryDashboardFigure_HasRowsUnderItsColumnsAndTheSameFigure()
    {
        var world = await WorldAsync();
        var dashboard = await world.Indicators.DashboardAsync(world.Ifk, Year2025);

        Assert.Equal(20, dashboard.Figures.Count);
        foreach (var figure in dashboard.Figures)
        {
            var drill = await world.Indicators.DrillDownAsync(world.Ifk, Year2025, figure.Id);
            Assert.Equal((figure.Id, figure.Value, figure.Standard, figure.Unit, figure.Basis), (drill.Id, drill.Value, drill.Standard, drill.Unit, drill.Basis));
            Assert.NotEmpty(drill.Rows);
            Assert.All(drill.Rows, r => Assert.Equal(drill.Columns.Count, r.Cells.Count));
        }
    }

    [Fact]
    public async Task DrillDown_StockoutTime_RowsAddUpToTheFigureAndNameTheItems()
    {
        var world = await WorldAsync();

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, Year2025, "stockout_time");

        Assert.Equal(["stock-out days", "days", "stock-out %"], drill.Columns);
        Assert.Equal(drill.Value, Sum(drill, 0) * 100m / Sum(drill, 1));
        var paracetamol = drill.Rows.Single(r => r.FacilityId == "PKM-A" && r.DrugCode == "PCT500");
        Assert.Equal(("Parasetamol 500 mg", "LPLPO 2025-01..2025-12", (long?)null, true), (paracetamol.Name, paracetamol.Document, paracetamol.LplpoId, paracetamol.Counts));
        Assert.Equal("36", paracetamol.Cells[0]);
    }

    [Fact]
    public async Task DrillDown_LplpoOnTime_OneRowPerExpectedLplpoLinkedToIt()
    {
        var world = await WorldAsync();
        var ids = await LplpoIdsAsync(world);

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, Year2025, "lplpo_on_time");

        Assert.Equal(24, drill.Rows.Count); // 2 puskesmas x 12 months
        Assert.Equal(drill.Value, drill.Rows.Count(r => r.Counts == true) * 100m / drill.Rows.Count);
        var late = drill.Rows.Single(r => r.FacilityId == "PKM-B" && r.Document == "LPLPO 2025-06");
        Assert.Equal((false, "2025-07-10", "2025-07-15", "5"), (late.Counts!.Value, late.Cells[0], late.Cells[1], late.Cells[2]));
        Assert.Equal(ids[("PKM-B", "2025-06")], late.LplpoId);
    }

    [Fact]
    public async Task DrillDown_SingleMonth_LinksEachLineToItsLplpo()
    {
        var world = await WorldAsync();
        var ids = await LplpoIdsAsync(world);
        var march = new IndicatorQuery("PKM-A", new Period(2025, 3), new Period(2025, 3));

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, march, "stockout_time");

        Assert.All(drill.Rows, r => Assert.Equal(("LPLPO 2025-03", ids[("PKM-A", "2025-03")]), (r.Document, r.LplpoId!.Value)));
        Assert.Equal(3, drill.Rows.Count);
    }

    [Fact]
    public async Task DrillDown_PlanningAccuracy_PlannedOverUsedIsTheFigure()
    {
        var world = await WorldAsync();

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, Year2025, "planning_accuracy");

        Assert.Equal(["planned a year", "months", "planned", "used"], drill.Columns);
        Assert.Equal(drill.Value, Sum(drill, 2) * 100m / Sum(drill, 3));
        Assert.All(drill.Rows, r => Assert.Equal("RKO 2025", r.Document));
    }

    [Fact]
    public async Task DrillDown_FornasConformity_CountsTheItemsOnFornasForEachPuskesmas()
    {
        var world = await WorldAsync();

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, Year2025, "fornas_conformity");

        Assert.Equal(6, drill.Rows.Count); // 3 formulary items x 2 puskesmas
        Assert.Equal(["KTM480", "PCT500"], drill.Rows.Where(r => r.Counts == true && r.FacilityId == "PKM-A").Select(r => r.DrugCode));
        Assert.Equal(drill.Value, drill.Rows.Count(r => r.Counts == true) * 100m / drill.Rows.Count);
        Assert.Equal(66.67m, Math.Round(drill.Value!.Value, 2));
    }

    [Fact]
    public async Task DrillDown_UnknownIndicator_IsNotFound()
    {
        var world = await WorldAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Indicators.DrillDownAsync(world.Ifk, Year2025, "no_such_indicator"));
    }

    [Fact]
    public async Task DrillDown_IndicatorWithoutDataInTheRange_HasNoValueAndNoRows()
    {
        var world = await WorldAsync();

        var drill = await world.Indicators.DrillDownAsync(world.Ifk, new IndicatorQuery(null, new Period(2023, 1), new Period(2023, 12)), "usage_ratio");

        Assert.Null(drill.Value);
        Assert.Empty(drill.Rows);
    }

    private static decimal Sum(IndicatorDrillDown drill, int column) =>
        drill.Rows.Sum(r => decimal.Parse(r.Cells[column], CultureInfo.InvariantCulture));

    private static async Task<Dictionary<(string, string), long>> LplpoIdsAsync(IndicatorWorld world)
    {
        await using var db = world.Host.Database.CreateDbContext();
        return db.Lplpos.AsEnumerable().ToDictionary(r => (r.FacilityId.Value, r.Period.ToString()), r => r.Id);
    }

    /// <summary>
    /// Two puskesmas with the seed-002 items for 2025 (PKM-B sends June's LPLPO on 15 July, late), RKOs, prices and
    /// batches, so every indicator has a figure.
    /// </summary>
    private async Task<IndicatorWorld> WorldAsync()
    {
        var world = await IndicatorWorld.CreateAsync(await database.FreshAsync(), ["PKM-A", "PKM-B"],
            ("PCT500", "Parasetamol 500 mg", 100m), ("KTM480", "Kotrimoksazol 480 mg", 200m), ("AMP500", "Ampisilin 500 mg", 300m));
        world.Year("PKM-A", 2025, ("PCT500", 1500, 700, 36), ("KTM480", 1000, 500, 64), ("AMP500", 750, 375, 123))
            .Year("PKM-B", 2025, ("PCT500", 1200, 1200, 0), ("KTM480", 600, 300, 0), ("AMP500", 300, 300, 10))
            .Rko("PKM-A", 2025, ("PCT500", 800), ("KTM480", 600))
            .Rko("PKM-B", 2025, ("PCT500", 1300))
            .Batch("PKM-A", "PCT500", "P1", new DateOnly(2026, 2, 28), 100, 100m)
            .Batch("PKM-A", "KTM480", "K1", new DateOnly(2027, 2, 28), 400, 200m)
            .Batch("PKM-B", "AMP500", "A1", new DateOnly(2027, 6, 30), 50, 300m);
        await world.SaveAsync();
        await world.FornasAsync("PCT500", "KTM480");
        // June of PKM-B reached the IFK late.
        await using (var db = world.Host.Database.CreateDbContext())
        {
            var june = db.Lplpos.AsEnumerable().Single(r => r.FacilityId.Value == "PKM-B" && r.Period == new Period(2025, 6));
            june.SubmittedAt = new DateTimeOffset(2025, 7, 15, 10, 0, 0, TimeSpan.FromHours(7));
            await db.SaveChangesAsync();
        }
        return world;
    }
}
