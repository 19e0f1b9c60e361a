using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// Resuming deletes the bookmark: of two people acting on the same task exactly one commit succeeds, and the
/// other's whole unit of work fails with <see cref="WorkflowConflictException"/>. A claim works the same way.
/// </summary>
public abstract class BookmarkTakeTests(TestDatabase database)
{
    [Fact]
    public async Task Remove_TaskTakenByAnotherUnitFirst_FailsWithConflictAndWritesNothingOfTheUnit()
    {
        var migrated = await database.MigratedAsync();
        var (instance, task) = await WaitingAsync(migrated);
        await using var first = new WorkflowUnit(migrated);
        await using var second = new WorkflowUnit(migrated);
        var firstCopy = (await first.Store.FindBookmarkAsync(task.Id))!;
        var secondCopy = (await second.Store.FindBookmarkAsync(task.Id))!;

        first.Store.Remove(firstCopy);
        first.Store.Append(WorkflowRows.Entry(instance, "review", WorkflowRows.Monday, "approve"));
        await first.CommitAsync();
        second.Store.Remove(secondCopy);
        second.Store.Append(WorkflowRows.Entry(instance, "review", WorkflowRows.Monday, "return"));
        var conflict = await Assert.ThrowsAsync<WorkflowConflictException>(() => second.CommitAsync());

        Assert.Contains("already taken", conflict.Message);
        await using var read = new WorkflowUnit(migrated);
        Assert.Null(await read.Store.FindBookmarkAsync(task.Id));
        Assert.Equal(["approve"], (await read.Store.JournalAsync(instance.Id)).Select(e => e.Outcome));
    }

    [Fact]
    public async Task Remove_CopyOfATaskDeletedSinceItWasRead_FailsWithConflict()
    {
        var migrated = await database.MigratedAsync();
        var (_, task) = await WaitingAsync(migrated);
        Bookmark copy;
        await using (var reader = new WorkflowUnit(migrated)) copy = (await reader.Store.FindBookmarkAsync(task.Id))!;
        await using (var taker = new WorkflowUnit(migrated))
        {
            taker.Store.Remove((await taker.Store.FindBookmarkAsync(task.Id))!);
            await taker.CommitAsync();
        }

        await using var late = new WorkflowUnit(migrated);
        late.Store.Remove(copy);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => late.CommitAsync());
    }

    [Fact]
    public async Task Remove_BookmarkAddedInTheSameUnit_NeverReachesTheDatabase()
    {
        var migrated = await database.MigratedAsync();
        var (instance, _) = await WaitingAsync(migrated);
        var passing = WorkflowRows.Task(instance, "pharmacist", "PKM-CIBEBER", WorkflowRows.Monday, "confirm-receipt");

        await using (var unit = new WorkflowUnit(migrated))
        {
            unit.Store.Add(passing);
            unit.Store.Remove(passing);
            await unit.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        Assert.Null(await read.Store.FindBookmarkAsync(passing.Id));
    }

    [Fact]
    public async Task Update_ClaimOfATaskClaimedByAnotherUnitFirst_FailsWithConflict()
    {
        var migrated = await database.MigratedAsync();
        var (_, task) = await WaitingAsync(migrated);
        await using var first = new WorkflowUnit(migrated);
        await using var second = new WorkflowUnit(migrated);
        var firstCopy = (await first.Store.FindBookmarkAsync(task.Id))!;
        var secondCopy = (await second.Store.FindBookmarkAsync(task.Id))!;

        Claim(first.Store, firstCopy, "ifk-ani");
        await first.CommitAsync();
        Claim(second.Store, secondCopy, "ifk-budi");

        await Assert.ThrowsAsync<WorkflowConflictException>(() => second.CommitAsync());
        await using var read = new WorkflowUnit(migrated);
        Assert.Equal("ifk-ani", (await read.Store.FindBookmarkAsync(task.Id))!.ClaimedBy);
    }

    [Fact]
    public async Task Update_BookmarkNotReadInThisUnit_IsRefused()
    {
        var migrated = await database.MigratedAsync();
        var (_, task) = await WaitingAsync(migrated);
        await using var unit = new WorkflowUnit(migrated);

        Assert.Throws<InvalidOperationException>(() => Claim(unit.Store, task, "ifk-ani"));
    }

    private static void Claim(IWorkflowStore store, Bookmark bookmark, string userId)
    {
        bookmark.ClaimedBy = userId;
        bookmark.ClaimedUntil = WorkflowRows.Monday.AddMinutes(30);
        store.Update(bookmark);
    }

    private static async Task<(WorkflowInstance Instance, Bookmark Task)> WaitingAsync(RequisitionDatabase migrated)
    {
        var instance = WorkflowRows.Instance();
        var task = WorkflowRows.Task(instance, "ifk-officer", "IFK-CIANJUR", WorkflowRows.Monday);
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        unit.Store.Add(task);
        await unit.CommitAsync();
        return (instance, task);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : BookmarkTakeTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : BookmarkTakeTests(server.DatabaseFor(typeof(OnPostgres)));
}
