using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>
/// The formulary rules gate the submit: a branded item raises NON_GENERIC, a warning, and the submit is refused until
/// it is acknowledged with a reason; a refused submit writes nothing.
/// </summary>
public abstract class FormularyGateTests(TestDatabase database)
{
    private const string Branded = "OBT-B01";

    [Fact]
    public async Task Submit_WithANonGenericItemNotAcknowledged_IsRefusedAndWritesNothing()
    {
        var (steps, formulary) = await DraftWithABrandedItemAsync();
        var others = PlanningSteps.Acknowledge(await steps.Host.Formulary.CheckAsync(steps.Pharmacist(0), formulary.DocumentId), "NON_GENERIC");
        var before = await steps.RowsAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            steps.Host.Formulary.SubmitAsync(steps.Pharmacist(0), formulary.DocumentId, new SubmitInput(others)));

        var flag = Assert.Single(refused.Flags, f => f.Rule == "NON_GENERIC");
        Assert.Equal((Branded, Severity.Warning, FlagStatus.Open, Steps.Formulary, true), (flag.DrugCode, flag.Severity, flag.Status, flag.Step, flag.Blocks));
        Assert.Equal($"flags.NON_GENERIC.{Branded}", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await steps.RowsAsync());
        Assert.Empty(await steps.FlagsAsync(formulary.InstanceId));
        var view = await steps.Host.Formulary.GetAsync(steps.Pharmacist(0), formulary.DocumentId);
        Assert.Equal(("draft", FormularyCommands.SubmitTask), (view.Status, Assert.Single(view.Waiting)));
    }

    [Fact]
    public async Task Submit_WithTheNonGenericItemAcknowledged_PassesAndKeepsWhoAcknowledgedItAndWhy()
    {
        var (steps, formulary) = await DraftWithABrandedItemAsync();
        var acknowledgements = PlanningSteps.Acknowledge(await steps.Host.Formulary.CheckAsync(steps.Pharmacist(0), formulary.DocumentId), "NON_GENERIC")
            .Append(new Acknowledgement("NON_GENERIC", Branded, null, "Generiknya kosong di distributor; dipakai sampai tersedia.")).ToList();

        var submitted = await steps.Host.Formulary.SubmitAsync(steps.Pharmacist(0), formulary.DocumentId, new SubmitInput(acknowledgements));

        Assert.Equal("submitted", submitted.Status);
        var stored = Assert.Single(await steps.FlagsAsync(formulary.InstanceId), f => f.Rule == "NON_GENERIC");
        Assert.Equal((FlagStatus.Acknowledged, steps.Pharmacist(0).UserId, "Generiknya kosong di distributor; dipakai sampai tersedia.", Steps.Formulary),
            (stored.Status, stored.AcknowledgedBy, stored.AcknowledgeReason, stored.Step));
    }

    [Fact]
    public async Task Submit_AfterTheBrandedItemIsRemoved_RaisesNoNonGenericFlag()
    {
        var (steps, formulary) = await DraftWithABrandedItemAsync();

        await steps.Host.Formulary.RemoveItemsAsync(steps.Pharmacist(0), formulary.DocumentId, new RemoveItemsInput([Branded]));
        var submitted = await steps.SubmitFormularyAsync(0, formulary.DocumentId);

        Assert.Equal("submitted", submitted.Status);
        Assert.DoesNotContain(submitted.Flags, f => f.Rule == "NON_GENERIC");
        Assert.DoesNotContain((await steps.Host.Formulary.GetAsync(steps.Pharmacist(0), formulary.DocumentId)).Items, i => i.DrugCode == Branded);
    }

    private async Task<(PlanningSteps Steps, PlanRef Formulary)> DraftWithABrandedItemAsync()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        await steps.AddDrugAsync(Branded, "Panadol", "tablet", "500 mg", "tablet", generic: false);
        var formulary = await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));
        await steps.Host.Formulary.ProposeItemsAsync(steps.Staff(0), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput(Branded, 1200m, "analgesik")]));
        return (steps, formulary);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : FormularyGateTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : FormularyGateTests(server.DatabaseFor(typeof(OnPostgres)));
}
