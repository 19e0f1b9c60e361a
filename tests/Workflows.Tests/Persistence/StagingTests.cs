using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// The store's reads are copies of committed rows, and only what is staged through the store is written: a runner
/// call that changes a copy and then throws writes nothing, even if its unit of work commits other changes.
/// </summary>
public abstract class StagingTests(TestDatabase database)
{
    [Fact]
    public async Task FindInstanceAsync_AfterAnUpdateIsStaged_StillReturnsTheCommittedRowAsANewCopy()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated);
        await using var unit = new WorkflowUnit(migrated);
        var copy = (await unit.Store.FindInstanceAsync(instance.Id))!;

        copy.Status = WorkflowStatus.Completed;
        unit.Store.Update(copy);
        var again = (await unit.Store.FindInstanceAsync(instance.Id))!;

        Assert.NotSame(copy, again);
        Assert.Equal(WorkflowStatus.Suspended, again.Status);
        Assert.Null(await unit.Store.FindInstanceAsync(WorkflowRows.Instance().Id));
    }

    [Fact]
    public async Task Commit_CopyChangedButNotStaged_WritesNothingOfIt()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated, withTask: true);
        await using (var unit = new WorkflowUnit(migrated))
        {
            var copy = (await unit.Store.FindInstanceAsync(instance.Id))!;
            var task = Assert.Single(await unit.Store.BookmarksAsync(instance.Id));
            copy.Status = WorkflowStatus.Faulted;
            task.ClaimedBy = "ifk-ani";
            unit.Store.Append(WorkflowRows.Entry(instance, "note", WorkflowRows.Monday));
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        var saved = (await read.Store.FindInstanceAsync(instance.Id))!;
        Assert.Equal((WorkflowStatus.Suspended, 0L), (saved.Status, saved.Revision));
        Assert.Null(Assert.Single(await read.Store.BookmarksAsync(instance.Id)).ClaimedBy);
        Assert.Single(await read.Store.JournalAsync(instance.Id));
    }

    [Fact]
    public async Task Update_TwoCopiesOfOneInstanceStagedInOneUnit_WritesTheLastOnceAndIncrementsTheRevisionOnce()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated);
        await using (var unit = new WorkflowUnit(migrated))
        {
            var first = (await unit.Store.FindInstanceAsync(instance.Id))!;
            var second = (await unit.Store.FindInstanceAsync(instance.Id))!;
            first.VariablesJson = """{"n":1}""";
            unit.Store.Update(first);
            second.VariablesJson = """{"n":2}""";
            unit.Store.Update(second);
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        var saved = (await read.Store.FindInstanceAsync(instance.Id))!;
        Assert.Equal(("""{"n":2}""", 1L), (saved.VariablesJson, saved.Revision));
    }

    private static async Task<WorkflowInstance> AddAsync(RequisitionDatabase migrated, bool withTask = false)
    {
        var instance = WorkflowRows.Instance();
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        if (withTask) unit.Store.Add(WorkflowRows.Task(instance, "ifk-officer", "IFK-CIANJUR", WorkflowRows.Monday));
        await unit.CommitAsync();
        return instance;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : StagingTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StagingTests(server.DatabaseFor(typeof(OnPostgres)));
}
