using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class RestartTests
{
    [Fact]
    public async Task Resume_AfterTheProcessRestarts_ContinuesFromTheStoreAlone()
    {
        var before = new RuntimeHarness(TestDefinitions.ApprovalV1);
        var started = await before.StartApprovalAsync();
        await before.ResumeAsync(before.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);
        var review = before.OpenTask(started.Instance.Id);

        // A new process: fresh registry, catalog loaded from the files, runner and store over the same database.
        var registry = new ActivityRegistry();
        var catalog = WorkflowDefinitionCatalog.LoadDirectory(RepositoryPaths.Examples, registry);
        var store = new InMemoryWorkflowStore(before.Database);
        var runner = new WorkflowRunner(store, catalog, registry, new ManualClock(RuntimeHarness.Start.AddDays(1)));
        var result = await runner.ResumeAsync(review.Id, "return", null, Actors.IfkOfficer);
        store.Commit();

        Assert.Equal(1, before.Database.Instance(started.Instance.Id).DefinitionVersion);
        Assert.Equal("submit-request", before.OpenTask(started.Instance.Id).Name);
        Assert.Equal(WorkflowStatus.Suspended, result.Status);
        Assert.Equal(1, before.Variables(started.Instance.Id)["returns"]!.GetValue<decimal>());
    }
}
