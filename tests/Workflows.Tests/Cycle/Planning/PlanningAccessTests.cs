using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>Who may act on a formulary or RKO: the role the step needs, at the document's own facility; anyone else is refused and nothing is written.</summary>
public abstract class PlanningAccessTests(TestDatabase database)
{
    [Fact]
    public async Task ProposeItems_ByThePharmacistOfAnotherPuskesmas_IsDeniedAndWritesNothing()
    {
        var (steps, formulary) = await FormularyAsync();
        var before = await steps.RowsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => steps.Host.Formulary.ProposeItemsAsync(steps.Pharmacist(1), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput("OBT-001", 1m)])));

        Assert.Equal(before, await steps.RowsAsync());
    }

    [Fact]
    public async Task Submit_ByStaff_IsDeniedBecauseThePharmacistSubmits()
    {
        var (steps, formulary) = await FormularyAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => steps.Host.Formulary.SubmitAsync(steps.Staff(0), formulary.DocumentId, new SubmitInput()));
    }

    [Fact]
    public async Task RemoveItems_ByStaff_IsDeniedBecauseThePharmacistRemoves()
    {
        var (steps, formulary) = await FormularyAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            steps.Host.Formulary.RemoveItemsAsync(steps.Staff(0), formulary.DocumentId, new RemoveItemsInput(["OBT-001"])));
    }

    [Fact]
    public async Task Establish_ByThePharmacistOrTheHeadOfAnotherPuskesmas_IsDenied()
    {
        var (steps, formulary) = await FormularyAsync();
        await steps.SubmitFormularyAsync(0, formulary.DocumentId);
        var before = await steps.RowsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            steps.Host.Formulary.EstablishAsync(steps.Pharmacist(0), formulary.DocumentId, new EstablishInput(EstablishInput.Establish)));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            steps.Host.Formulary.EstablishAsync(steps.Head(1), formulary.DocumentId, new EstablishInput(EstablishInput.Establish)));

        Assert.Equal(before, await steps.RowsAsync());
    }

    [Fact]
    public async Task Act_InARoleTheUserDoesNotHold_IsDenied()
    {
        var (steps, formulary) = await FormularyAsync();
        await steps.SubmitFormularyAsync(0, formulary.DocumentId);
        var pharmacistAsHead = new Actor(steps.Pharmacist(0).UserId, CycleRoles.Head, steps.Puskesmas(0));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            steps.Host.Formulary.EstablishAsync(pharmacistAsHead, formulary.DocumentId, new EstablishInput(EstablishInput.Establish)));
    }

    [Fact]
    public async Task RkoCommands_OnAnotherFacilitysRkoOrInTheWrongRole_AreDenied()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var rko = await steps.Host.Rko.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));
        var before = await steps.RowsAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => steps.Host.Rko.EditAsync(steps.Pharmacist(1), rko.DocumentId,
            new EditRkoInput([new RkoEditLine("OBT-001", PlannedNeed: 1)])));
        await Assert.ThrowsAsync<AccessDeniedException>(() => steps.Host.Rko.StartAsync(steps.Head(0), new StartPlanInput(PlanningSteps.Year + 1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => steps.Host.Rko.ConsolidateAsync(steps.Pharmacist(0), new ConsolidateInput(PlanningSteps.Year, 1m)));
        await Assert.ThrowsAsync<NotFoundException>(() => steps.Host.Rko.GetAsync(steps.Pharmacist(1), rko.DocumentId));

        Assert.Equal(before, await steps.RowsAsync());
    }

    private async Task<(PlanningSteps Steps, PlanRef Formulary)> FormularyAsync()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        return (steps, await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year)));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : PlanningAccessTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : PlanningAccessTests(server.DatabaseFor(typeof(OnPostgres)));
}
