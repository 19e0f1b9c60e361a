using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Version 2 of the approval (receipt confirmed) is deployed while a request started on version 1 waits for review:
/// that request finishes on version 1, and new requests run on version 2.
/// </summary>
public abstract class VersioningOnDatabaseTests(TestDatabase database)
{
    [Fact]
    public async Task Resume_InstanceStartedOnV1AfterV2IsAdded_FinishesOnV1()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var old = await SubmittedAsync(host);

        host.AddDefinition(ExampleFiles.ApprovalV2);
        await host.ResumeAsync((await host.OpenTaskAsync(old)).Id, "approve", Actors.IfkOfficer);

        var instance = await host.InstanceAsync(old);
        Assert.Equal((1, WorkflowStatus.Completed), (instance.DefinitionVersion, instance.Status));
        Assert.Empty(await host.BookmarksAsync(old));
        Assert.Equal("approved", (await host.JournalAsync(old))[^1].ActivityId);
    }

    [Fact]
    public async Task Start_AfterV2IsAdded_RunsOnV2UntilTheReceiptIsConfirmed()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var old = await SubmittedAsync(host);
        host.AddDefinition(ExampleFiles.ApprovalV2);

        var fresh = await SubmittedAsync(host);
        await host.ResumeAsync((await host.OpenTaskAsync(fresh)).Id, "approve", Actors.IfkOfficer);
        var receipt = await host.OpenTaskAsync(fresh);
        await host.ResumeAsync(receipt.Id, "confirm", Actors.CibeberPharmacist);

        Assert.Equal(("confirm-receipt", "pharmacist", Actors.Cibeber), (receipt.Name, receipt.Role, receipt.FacilityId));
        var instance = await host.InstanceAsync(fresh);
        Assert.Equal((2, WorkflowStatus.Completed), (instance.DefinitionVersion, instance.Status));
        Assert.Equal((1, WorkflowStatus.Suspended), ((await host.InstanceAsync(old)).DefinitionVersion, (await host.InstanceAsync(old)).Status));
    }

    /// <summary>A request of Cibeber's, started and submitted on the latest version the host knows, waiting for review.</summary>
    private static async Task<Guid> SubmittedAsync(HostProcess host)
    {
        var started = await host.StartAsync("approval", $"request:{Actors.Cibeber}:{Guid.NewGuid():N}", Actors.Cibeber,
            Actors.CibeberPharmacist, new() { ["ifk"] = Actors.Ifk });
        await host.ResumeAsync((await host.OpenTaskAsync(started.Instance.Id)).Id, "submit", Actors.CibeberPharmacist);
        return started.Instance.Id;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : VersioningOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : VersioningOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
