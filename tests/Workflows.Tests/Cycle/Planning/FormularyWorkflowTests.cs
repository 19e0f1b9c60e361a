using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle.Planning;

/// <summary>
/// Formulary selection as a persisted workflow: started from last year's items, staff propose, the pharmacist submits,
/// the head of puskesmas returns it with a reason or establishes it, and every action is on the journal.
/// </summary>
public abstract class FormularyWorkflowTests(TestDatabase database)
{
    private const string Kotrimoksazol = "OBT-013";

    [Fact]
    public async Task Start_WithAnEstablishedFormularyLastYear_StartsFromItsItemsAndPrices()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));

        var started = await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));

        var view = await steps.Host.Formulary.GetAsync(steps.Pharmacist(0), started.DocumentId);
        Assert.Equal(("draft", PlanningSteps.Year, steps.Puskesmas(0)), (view.Status, view.Year, view.FacilityId));
        Assert.Equal(CycleDistrict.Items.Select(i => i.Code).Order(), view.Items.Select(i => i.DrugCode).Order());
        Assert.Equal(150m, Assert.Single(view.Items, i => i.DrugCode == "OBT-001").UnitPrice);
        Assert.Equal([FormularyCommands.SubmitTask], view.Waiting);
    }

    [Fact]
    public async Task Formulary_ProposedByStaffReturnedByTheHeadAndResubmitted_IsEstablishedByTheHead()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync());
        var steps = new PlanningSteps(district);
        await steps.AddDrugAsync(Kotrimoksazol, "Kotrimoksazol", "tablet", "480 mg", "tablet", generic: true);
        var formulary = await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));

        var proposed = await steps.Host.Formulary.ProposeItemsAsync(steps.Staff(0), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput(Kotrimoksazol, 250m, "antibakteri")]));
        var submitted = await steps.SubmitFormularyAsync(0, formulary.DocumentId);
        var returned = await steps.Host.Formulary.EstablishAsync(steps.Head(0), formulary.DocumentId,
            new EstablishInput(EstablishInput.Return, "Kelompokkan item menurut kelas terapi sebelum ditetapkan."));
        await steps.Host.Formulary.ProposeItemsAsync(steps.Pharmacist(0), formulary.DocumentId,
            new ProposeItemsInput([new FormularyItemInput("OBT-001", 150m, "analgesik")]));
        var resubmitted = await steps.Host.Formulary.SubmitAsync(steps.Pharmacist(0), formulary.DocumentId, new SubmitInput());
        district.SetDay(20);
        var established = await steps.Host.Formulary.EstablishAsync(steps.Head(0), formulary.DocumentId, new EstablishInput(EstablishInput.Establish));

        Assert.Equal(("draft", "submitted", "returned"), (proposed.Status, submitted.Status, returned.Status));
        Assert.Equal("Kelompokkan item menurut kelas terapi sebelum ditetapkan.", returned.ReturnReason);
        Assert.Equal([FormularyCommands.SubmitTask], returned.Waiting);
        Assert.Equal(("submitted", (string?)null), (resubmitted.Status, resubmitted.ReturnReason));
        Assert.Equal(("established", 0), (established.Status, established.Waiting.Count));
        var view = await steps.Host.Formulary.GetAsync(steps.Head(0), formulary.DocumentId);
        Assert.Equal((district.Seeded.Puskesmas[0].Head, district.Clock.Now), (view.EstablishedBy, view.EstablishedAt!.Value));
        var added = Assert.Single(view.Items, i => i.DrugCode == Kotrimoksazol);
        Assert.Equal((250m, "antibakteri"), (added.UnitPrice, added.TherapeuticClass));
        Assert.Equal("analgesik", Assert.Single(view.Items, i => i.DrugCode == "OBT-001").TherapeuticClass);
        Assert.All(view.Flags, f => Assert.Equal(Steps.Formulary, f.Step));
        Assert.All(view.Flags, f => Assert.False(f.Blocks));
        var actions = await steps.ActionsAsync(formulary.InstanceId);
        Assert.Equal(
            [("propose-items", district.Seeded.Puskesmas[0].Staff), ("submit", district.Seeded.Puskesmas[0].Pharmacist), ("return", district.Seeded.Puskesmas[0].Head),
             ("propose-items", district.Seeded.Puskesmas[0].Pharmacist), ("submit", district.Seeded.Puskesmas[0].Pharmacist), ("establish", district.Seeded.Puskesmas[0].Head)],
            actions.Select(a => (a.Outcome, a.UserId)));
        Assert.Contains("Kelompokkan item", actions[2].InputJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resubmit_AfterAReturn_KeepsTheAcknowledgementsGivenAtTheFirstSubmit()
    {
        var steps = new PlanningSteps(await CycleDistrict.CreateAsync(await database.FreshAsync()));
        var formulary = await steps.Host.Formulary.StartAsync(steps.Pharmacist(0), new StartPlanInput(PlanningSteps.Year));
        await steps.SubmitFormularyAsync(0, formulary.DocumentId);
        await steps.Host.Formulary.EstablishAsync(steps.Head(0), formulary.DocumentId, new EstablishInput(EstablishInput.Return, "Periksa harga satuan."));

        var resubmitted = await steps.Host.Formulary.SubmitAsync(steps.Pharmacist(0), formulary.DocumentId, new SubmitInput());

        Assert.Equal("submitted", resubmitted.Status);
        Assert.NotEmpty(resubmitted.Flags);
        Assert.All(resubmitted.Flags, f => Assert.Equal((PlanningSteps.AckReason, steps.Pharmacist(0).UserId), (f.AcknowledgeReason, f.AcknowledgedBy)));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : FormularyWorkflowTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : FormularyWorkflowTests(server.DatabaseFor(typeof(OnPostgres)));
}
