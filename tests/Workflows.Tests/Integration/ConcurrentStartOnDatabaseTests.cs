using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Two pharmacists start the same request at once: the runner cannot see the other's uncommitted start, so the
/// database's one-open-instance rule decides, and the loser gets <see cref="WorkflowConflictException"/>.
/// </summary>
public abstract class ConcurrentStartOnDatabaseTests(TestDatabase database)
{
    private static JsonObject Reviewer() => new() { ["ifk"] = Actors.Ifk };

    [Fact]
    public async Task Start_SameRequestWhileTheFirstIsOpen_IsRefused()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var subject = Subject();
        var first = await host.StartAsync("approval", subject, Actors.Cibeber, Actors.CibeberPharmacist, Reviewer());

        await Assert.ThrowsAsync<WorkflowConflictException>(
            () => host.StartAsync("approval", subject, Actors.Cibeber, Actors.CibeberPharmacist, Reviewer()));

        Assert.Equal(2, (await host.JournalAsync(first.Instance.Id)).Count);
    }

    [Fact]
    public async Task Start_SameRequestInTwoUnitsCommittedAtOnce_OneConflictsAndOneInstanceIsOpen()
    {
        var host = HostProcess.Create(await database.MigratedAsync(), ExampleFiles.ApprovalV1);
        var subject = Subject();
        await using var rina = host.Unit();
        await using var tini = host.Unit();
        var byRina = await rina.Runner.StartAsync("approval", subject, Actors.Cibeber, Reviewer(), Actors.CibeberPharmacist);
        var byTini = await tini.Runner.StartAsync("approval", subject, Actors.Cibeber, Reviewer(), new("apt.tini", "pharmacist", Actors.Cibeber));

        var failures = await RunnerUnit.CommitTogetherAsync(rina, tini);

        Assert.Single(failures, f => f is null);
        Assert.IsType<WorkflowConflictException>(Assert.Single(failures, f => f is not null));
        var (won, lost) = failures[0] is null ? (byRina, byTini) : (byTini, byRina);
        Assert.Equal(subject, (await host.InstanceAsync(won.Instance.Id)).CorrelationId);
        await using var read = new WorkflowUnit(host.Database);
        Assert.Null(await read.Store.FindInstanceAsync(lost.Instance.Id));
        Assert.Empty(await read.Store.JournalAsync(lost.Instance.Id));
    }

    private static string Subject() => $"request:{Actors.Cibeber}:{Guid.NewGuid():N}";

    public sealed class OnSqlite(SqliteTestDatabase database) : ConcurrentStartOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ConcurrentStartOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
