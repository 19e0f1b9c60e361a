using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>
/// A puskesmas's annual RKO as a persisted workflow: computed from the stock history by the consumption method
/// (A = (B + C + D) - E), items without history filled by morbidity (cases x dose per case), established by the head.
/// </summary>
public abstract class RkoAnnualTests(TestDatabase database)
{
    private const string Parasetamol = "OBT-001";
    private const string Kotrimoksazol = "OBT-013";

    [Fact]
    public async Task Rko_ComputedFromTheStockHistory_FollowsTheConsumptionFormulaTermByTerm()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync());
        var steps = new PlanningSteps(district);

        var rko = await steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));

        var view = await steps.Host.Rko.GetAsync(steps.Pharmacist(0), rko.DocumentId);
        var line = Assert.Single(view.Lines, l => l.DrugCode == Parasetamol);
        var months = await HistoryAsync(district, steps.Puskesmas(0), Parasetamol);
        Assert.Equal(12, months.Count);
        // Each month's use scaled up for its stock-out days (used x days / (days - stock-out days)), then averaged.
        var average = months.Average(m => (decimal)m.Used * m.Period.Days / (m.Period.Days - m.StockoutDays));
        var b = average * 12m;
        var c = b * district.Host.DefaultThresholds.RkoSafetyPct / 100m;
        var d = b * district.Host.DefaultThresholds.RkoLeadTimeWeeks / 52m;
        var e = months.MaxBy(m => m.Period)!.Closing;
        Assert.Equal((average, b, c, d, e), (line.AvgMonthlyUse, line.AnnualUse, line.SafetyStock, line.LeadTimeStock, line.RemainingStock));
        Assert.Equal((long)Math.Max(0m, Math.Ceiling(b + c + d - e)), line.PlannedNeed);
        Assert.Equal(("consumption", 150m, line.PlannedNeed * 150m), (line.Basis, line.UnitPrice, line.Cost));
        Assert.Equal(("consumption", "draft", district.Host.DefaultThresholds.Version), (view.Method, view.Status, view.ThresholdVersion));
        Assert.Equal(CycleDistrict.Items.Count, view.Lines.Count);
    }

    [Fact]
    public async Task Rko_ItemWithoutHistory_IsFilledByMorbidityThenSubmittedAndEstablished()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync());
        var steps = new PlanningSteps(district);
        await steps.AddDrugAsync(Kotrimoksazol, "Kotrimoksazol", "tablet", "480 mg", "tablet", generic: true);
        await steps.EstablishedFormularyAsync(0, new FormularyItemInput(Kotrimoksazol, 250m, "antibakteri"));
        var rko = await steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));
        var zero = Assert.Single((await steps.Host.Rko.GetAsync(steps.Pharmacist(0), rko.DocumentId)).Lines, l => l.DrugCode == Kotrimoksazol);

        var unfilled = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.SubmitRkoAsync(0, rko.DocumentId));
        var edited = await steps.Host.Rko.EditAsync(steps.Pharmacist(0), rko.DocumentId, new EditRkoInput(
            [new RkoEditLine(Kotrimoksazol, Morbidity: [new MorbidityInput("ISPA", 120m, 10m), new MorbidityInput("Pneumonia", 30m, 20m)])]));
        var submitted = await steps.SubmitRkoAsync(0, rko.DocumentId);
        var established = await steps.Host.Rko.EstablishAsync(steps.Head(0), rko.DocumentId, new EstablishInput(EstablishInput.Establish));

        Assert.Equal(("no-history", 0L, 0m, 250m), (zero.Basis, zero.PlannedNeed, zero.AnnualUse, zero.UnitPrice));
        Assert.Equal($"lines[{Kotrimoksazol}]", Assert.Single(unfilled.Errors).Field);
        Assert.Equal(("draft", "submitted", "established"), (edited.Status, submitted.Status, established.Status));
        var view = await steps.Host.Rko.GetAsync(steps.Head(0), rko.DocumentId);
        var line = Assert.Single(view.Lines, l => l.DrugCode == Kotrimoksazol);
        // B = 120 x 10 + 30 x 20 = 1,800; C = 20 % of B; D = B x 4 weeks / 52; E = 0 (none in stock); A = ceil(B + C + D - E).
        Assert.Equal((1800m, 150m, 360m, 1800m * 4m / 52m, 0L), (line.AnnualUse, line.AvgMonthlyUse, line.SafetyStock, line.LeadTimeStock, line.RemainingStock));
        Assert.Equal((long)Math.Ceiling(1800m + 360m + 1800m * 4m / 52m), line.PlannedNeed);
        Assert.Equal(("morbidity", 2), (line.Basis, line.Morbidity.Count));
        Assert.Equal(("combined", "established", district.Seeded.Puskesmas[0].Head), (view.Method, view.Status, view.EstablishedBy));
        var actions = await steps.ActionsAsync(rko.InstanceId);
        Assert.Equal(["edit", "submit", "establish"], actions.Select(a => a.Outcome));
        Assert.Contains("Pneumonia", actions[0].InputJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rko_ReturnedByTheHead_IsEditedByThePharmacistAndResubmitted()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var rko = await steps.Host.Rko.StartAsync(steps.Pharmacist(1), new StartPlanInput(PlanningSteps.Year));
        await steps.SubmitRkoAsync(1, rko.DocumentId);

        var returned = await steps.Host.Rko.EstablishAsync(steps.Head(1), rko.DocumentId,
            new EstablishInput(EstablishInput.Return, "Parasetamol dinaikkan untuk program posyandu lansia."));
        var edited = await steps.Host.Rko.EditAsync(steps.Pharmacist(1), rko.DocumentId, new EditRkoInput([new RkoEditLine(Parasetamol, PlannedNeed: 9000)]));
        var resubmitted = await steps.SubmitRkoAsync(1, rko.DocumentId);

        Assert.Equal(("returned", "Parasetamol dinaikkan untuk program posyandu lansia."), (returned.Status, returned.ReturnReason));
        Assert.Equal(("returned", "submitted"), (edited.Status, resubmitted.Status));
        var line = Assert.Single((await steps.Host.Rko.GetAsync(steps.Pharmacist(1), rko.DocumentId)).Lines, l => l.DrugCode == Parasetamol);
        Assert.Equal((9000L, "given"), (line.PlannedNeed, line.Basis));
    }

    private static async Task<List<StockMonth>> HistoryAsync(CycleDistrict district, string facility, string code)
    {
        await using var db = district.Database.CreateDbContext();
        var facilityId = new FacilityId(facility);
        var drug = new DrugCode(code);
        var reports = await db.Lplpos.AsNoTracking().Where(r => r.FacilityId == facilityId && r.Kind == LplpoKind.Regular).ToDictionaryAsync(r => r.Id, r => r.Period);
        var ids = reports.Keys.ToList();
        return (await db.LplpoItems.AsNoTracking().Where(i => i.DrugCode == drug && ids.Contains(i.LplpoId)).ToListAsync())
            .Select(i => new StockMonth(facilityId, drug, reports[i.LplpoId], i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays))
            .ToList();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : RkoAnnualTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : RkoAnnualTests(server.DatabaseFor(typeof(OnPostgres)));
}
