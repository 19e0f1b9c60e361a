using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// A definition has at most one open instance about one thing (completed and cancelled ones do not count); two
/// hosts starting it together get one instance and one <see cref="WorkflowConflictException"/>.
/// </summary>
public abstract class OpenInstanceTests(TestDatabase database)
{
    [Fact]
    public async Task Add_SecondOpenInstanceAboutTheSameSubject_FailsWithConflict()
    {
        var migrated = await database.MigratedAsync();
        var first = WorkflowRows.Instance();
        await using var one = new WorkflowUnit(migrated);
        await using var other = new WorkflowUnit(migrated);

        one.Store.Add(first);
        other.Store.Add(WorkflowRows.Instance(correlationId: first.CorrelationId));
        await one.CommitAsync();

        await Assert.ThrowsAsync<WorkflowConflictException>(() => other.CommitAsync());
    }

    [Fact]
    public async Task Add_InstanceAboutASubjectWhoseLastInstanceCompleted_IsAllowedAndIsTheOpenOne()
    {
        var migrated = await database.MigratedAsync();
        var done = WorkflowRows.Instance();
        done.Status = WorkflowStatus.Completed;
        var cancelled = WorkflowRows.Instance(correlationId: done.CorrelationId);
        cancelled.Status = WorkflowStatus.Cancelled;
        var open = WorkflowRows.Instance(correlationId: done.CorrelationId);
        await using (var unit = new WorkflowUnit(migrated))
        {
            unit.Store.Add(done);
            unit.Store.Add(cancelled);
            unit.Store.Add(open);
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        Assert.Equal(open.Id, (await read.Store.FindOpenAsync("lplpo", done.CorrelationId))?.Id);
        Assert.Null(await read.Store.FindOpenAsync("rko", done.CorrelationId));
    }

    [Fact]
    public async Task FindOpenAsync_OnlyCompletedInstance_FindsNothing()
    {
        var migrated = await database.MigratedAsync();
        var done = WorkflowRows.Instance();
        done.Status = WorkflowStatus.Completed;
        await using (var unit = new WorkflowUnit(migrated))
        {
            unit.Store.Add(done);
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        Assert.Null(await read.Store.FindOpenAsync("lplpo", done.CorrelationId));
    }

    [Fact]
    public async Task ChildrenAsync_FannedOutInstances_ComeBackOldestFirst()
    {
        var migrated = await database.MigratedAsync();
        var district = WorkflowRows.Instance("district-lplpo");
        var later = WorkflowRows.Instance(parentId: district.Id);
        later.CreatedAt = WorkflowRows.Monday.AddMinutes(2);
        var earlier = WorkflowRows.Instance(parentId: district.Id);
        earlier.CreatedAt = WorkflowRows.Monday.AddMinutes(1);
        await using (var unit = new WorkflowUnit(migrated))
        {
            unit.Store.Add(district);
            unit.Store.Add(later);
            unit.Store.Add(earlier);
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        Assert.Equal([earlier.Id, later.Id], (await read.Store.ChildrenAsync(district.Id)).Select(c => c.Id));
        Assert.Empty(await read.Store.ChildrenAsync(earlier.Id));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : OpenInstanceTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : OpenInstanceTests(server.DatabaseFor(typeof(OnPostgres)));
}
