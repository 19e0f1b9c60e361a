using Requisition.Workflows.Cycle;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>Bad input to a planning command is refused at the field it is about (items[1].drugCode), and nothing is written.</summary>
public abstract class PlanningInputTests(TestDatabase database)
{
    [Fact]
    public async Task ProposeItems_WithAnUnknownCodeAndANegativePrice_IsRefusedAtEachFieldAndWritesNothing()
    {
        var (steps, formulary) = await FormularyAsync();
        var before = await steps.RowsAsync();

        var negative = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Formulary.ProposeItemsAsync(steps.Staff(0), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput("OBT-001", 150m), new FormularyItemInput("OBT-002", -1m)])));
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Formulary.ProposeItemsAsync(steps.Staff(0), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput("OBT-001", 175m), new FormularyItemInput("OBT-999", 100m)])));

        Assert.Equal("items[1].unitPrice", Assert.Single(negative.Errors).Field);
        Assert.Equal("items[1].drugCode", Assert.Single(unknown.Errors).Field);
        Assert.Equal(before, await steps.RowsAsync());
        Assert.Equal(150m, Assert.Single((await steps.Host.Formulary.GetAsync(steps.Staff(0), formulary.DocumentId)).Items, i => i.DrugCode == "OBT-001").UnitPrice);
    }

    [Fact]
    public async Task RemoveItems_OfAnItemNotOnTheFormulary_IsRefusedAtItsPosition()
    {
        var (steps, formulary) = await FormularyAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Formulary.RemoveItemsAsync(steps.Pharmacist(0), formulary.DocumentId,
            new RemoveItemsInput(["OBT-001", "OBT-404"])));

        Assert.Equal("drugCodes[1]", Assert.Single(refused.Errors).Field);
        Assert.Contains((await steps.Host.Formulary.GetAsync(steps.Pharmacist(0), formulary.DocumentId)).Items, i => i.DrugCode == "OBT-001");
    }

    [Fact]
    public async Task Start_ForAYearThatAlreadyHasAFormularyOrHasPassed_IsRefusedAtYear()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var before = await steps.RowsAsync();

        var existing = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(2026)));
        var past = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(2025)));
        var nonsense = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(27)));

        Assert.Equal(["year", "year", "year"], new[] { existing, past, nonsense }.Select(e => Assert.Single(e.Errors).Field));
        Assert.Equal(before, await steps.RowsAsync());
    }

    [Fact]
    public async Task EditRko_WithANeedAndMorbidityTogetherOrADoseOfZero_IsRefusedAtEachFieldAndWritesNothing()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var rko = await steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));
        var before = await steps.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.EditAsync(steps.Pharmacist(0), rko.DocumentId, new EditRkoInput(
        [
            new RkoEditLine("OBT-001", PlannedNeed: 10, Morbidity: [new MorbidityInput("ISPA", 10m, 1m)]),
            new RkoEditLine("OBT-002", Morbidity: [new MorbidityInput("ISPA", 10m, 0m)]),
        ])));
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.EditAsync(steps.Pharmacist(0), rko.DocumentId, new EditRkoInput(
            [new RkoEditLine("OBT-001", PlannedNeed: 10), new RkoEditLine("OBT-404", PlannedNeed: 10)])));

        Assert.Equal(["lines[0].plannedNeed", "lines[1].morbidity[0].dosePerCase"], refused.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal("lines[1].drugCode", Assert.Single(unknown.Errors).Field);
        Assert.Equal(before, await steps.RowsAsync());
    }

    [Fact]
    public async Task Establish_ReturnWithoutAReason_IsRefusedAtReason()
    {
        var (steps, formulary) = await FormularyAsync();
        await steps.SubmitFormularyAsync(0, formulary.DocumentId);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            steps.Host.Formulary.EstablishAsync(steps.Head(0), formulary.DocumentId, new EstablishInput(EstablishInput.Return, " ")));
        var decision = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            steps.Host.Formulary.EstablishAsync(steps.Head(0), formulary.DocumentId, new EstablishInput("approve")));

        Assert.Equal("reason", Assert.Single(refused.Errors).Field);
        Assert.Equal("decision", Assert.Single(decision.Errors).Field);
    }

    [Fact]
    public async Task Consolidate_WithoutABudgetOrWithNoEstablishedRko_IsRefusedAtItsField()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var before = await steps.RowsAsync();

        var budget = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, 0m)));
        var none = await Assert.ThrowsAsync<CommandRejectedException>(() => steps.Host.Rko.ConsolidateAsync(steps.District.Ifk, new ConsolidateInput(PlanningSteps.Year, 5_000_000m)));

        Assert.Equal("budget", Assert.Single(budget.Errors).Field);
        Assert.Equal("year", Assert.Single(none.Errors).Field);
        Assert.Equal(before, await steps.RowsAsync());
    }

    private async Task<(PlanningSteps Steps, PlanRef Formulary)> FormularyAsync()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        return (steps, await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year)));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : PlanningInputTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : PlanningInputTests(server.DatabaseFor(typeof(OnPostgres)));
}
