using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>
/// The IFK consolidates the established RKOs of its puskesmas into one plan, priced, and fits it to the budget:
/// BUDGET_SHORTFALL while the plan costs more than the budget, gone once it is fitted.
/// </summary>
public abstract class RkoDistrictTests(TestDatabase database)
{
    private const string BudgetShortfall = "BUDGET_SHORTFALL";

    [Fact]
    public async Task Consolidation_OfThreePuskesmasRkos_SumsThePlannedNeedOfEachItemAndPricesIt()
    {
        var (steps, puskesmas) = await EstablishedRkosAsync(3);

        var consolidated = await steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, 1_000_000_000m));

        Assert.Equal(puskesmas.Select(p => p.FacilityId), consolidated.Included);
        Assert.Empty(consolidated.Missing);
        Assert.Equal([RkoCommands.FitBudgetTask], consolidated.Waiting);
        Assert.DoesNotContain(consolidated.Flags, f => f.Rule == BudgetShortfall);
        var view = await steps.Host.Rko.GetAsync(steps.District.Ifk, consolidated.RkoId);
        Assert.Equal((steps.District.Seeded.IfkId, "draft", 1_000_000_000m), (view.FacilityId, view.Status, view.Budget));
        foreach (var line in view.Lines)
        {
            var sources = puskesmas.Select(p => Assert.Single(p.Lines, l => l.DrugCode == line.DrugCode)).ToList();
            Assert.Equal(sources.Sum(s => s.PlannedNeed), line.PlannedNeed);
            Assert.Equal(sources.Sum(s => s.RemainingStock), line.RemainingStock);
            Assert.Equal(sources[0].UnitPrice, line.UnitPrice);
            Assert.Equal("consolidated", line.Basis);
        }
        Assert.Equal(puskesmas.Sum(p => p.Cost), consolidated.Cost);
        Assert.Equal(consolidated.Cost, view.Cost);
    }

    [Fact]
    public async Task Consolidation_WithAPuskesmasWithoutAnEstablishedRko_LeavesItOutAndNamesIt()
    {
        var (steps, puskesmas) = await EstablishedRkosAsync(2);

        var consolidated = await steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, 1_000_000_000m));

        Assert.Equal(puskesmas.Select(p => p.FacilityId), consolidated.Included);
        Assert.Equal([steps.Puskesmas(2)], consolidated.Missing);
        Assert.Equal(puskesmas.Sum(p => p.Cost), consolidated.Cost);
    }

    [Fact]
    public async Task BudgetShortfall_RaisedWhenTheBudgetIsShort_IsGoneAfterFittingAndThePlanIsEstablished()
    {
        var (steps, puskesmas) = await EstablishedRkosAsync(3);
        var cost = puskesmas.Sum(p => p.Cost);
        var budget = Math.Round(cost * 0.6m);

        var consolidated = await steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, budget));
        var before = await steps.Host.Rko.GetAsync(steps.District.Ifk, consolidated.RkoId);
        var others = PlanningSteps.Acknowledge(consolidated.Flags, BudgetShortfall);
        var fitted = await steps.Host.Rko.FitBudgetAsync(steps.District.Ifk, consolidated.RkoId, new FitBudgetInput(Acknowledgements: others));

        var shortfall = Assert.Single(consolidated.Flags, f => f.Rule == BudgetShortfall);
        Assert.Equal((Severity.Warning, Steps.Rko, steps.District.Seeded.IfkId, PlanningSteps.Year.ToString()),
            (shortfall.Severity, shortfall.Step, shortfall.Facility, shortfall.Subject));
        Assert.Equal(cost, consolidated.Cost);
        Assert.Equal(("established", 0), (fitted.Status, fitted.Waiting.Count));
        Assert.DoesNotContain(fitted.Flags, f => f.Rule == BudgetShortfall);
        var after = await steps.Host.Rko.GetAsync(steps.District.Ifk, consolidated.RkoId);
        Assert.True(after.Cost <= budget, $"fitted cost {after.Cost} is over the budget {budget}");
        foreach (var line in after.Lines)
        {
            var planned = Assert.Single(before.Lines, l => l.DrugCode == line.DrugCode).PlannedNeed;
            Assert.Equal((long)Math.Floor(planned * (budget / cost)), line.PlannedNeed);
        }
        var stored = Assert.Single(await steps.FlagsAsync(consolidated.InstanceId), f => f.Rule == BudgetShortfall);
        Assert.Equal((FlagStatus.Resolved, "system"), (stored.Status, stored.ResolvedBy));
    }

    [Fact]
    public async Task FitBudget_WithQuantitiesStillOverTheBudgetAndNoAcknowledgement_IsRefusedAndWritesNothing()
    {
        var (steps, puskesmas) = await EstablishedRkosAsync(3);
        var budget = Math.Round(puskesmas.Sum(p => p.Cost) * 0.6m);
        var consolidated = await steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, budget));
        var others = PlanningSteps.Acknowledge(consolidated.Flags, BudgetShortfall);
        var before = await steps.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.FitBudgetAsync(steps.District.Ifk, consolidated.RkoId,
            new FitBudgetInput([new FitLine("OBT-001", 1)], others)));

        Assert.Equal($"flags.{BudgetShortfall}", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await steps.RowsAsync());
        var view = await steps.Host.Rko.GetAsync(steps.District.Ifk, consolidated.RkoId);
        Assert.Equal(("draft", RkoCommands.FitBudgetTask), (view.Status, Assert.Single(view.Waiting)));
        Assert.NotEqual(1, Assert.Single(view.Lines, l => l.DrugCode == "OBT-001").PlannedNeed);
    }

    /// <summary>The first <paramref name="count"/> puskesmas each establish their RKO for the year.</summary>
    private async Task<(PlanningSteps Steps, IReadOnlyList<RkoView> Rkos)> EstablishedRkosAsync(int count)
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var rkos = new List<RkoView>();
        for (var i = 0; i < count; i++)
        {
            var rko = await steps.EstablishedRkoAsync(i);
            rkos.Add(await steps.Host.Rko.GetAsync(steps.Pharmacist(i), rko.DocumentId));
        }
        Assert.All(rkos, r => Assert.Equal("established", r.Status));
        return (steps, rkos);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : RkoDistrictTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : RkoDistrictTests(server.DatabaseFor(typeof(OnPostgres)));
}
