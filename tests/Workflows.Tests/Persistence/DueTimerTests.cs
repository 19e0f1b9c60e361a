using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// Due timers are found oldest first, skipping those under a live claim; a claim is a committed change of the
/// claim columns, and of two hosts claiming the same timer only the first commit wins. Each test has a database
/// of its own, because due timers are read across all instances.
/// </summary>
public abstract class DueTimerTests(TestDatabase database)
{
    private static readonly DateTimeOffset Now = WorkflowRows.Monday.AddDays(10);

    [Fact]
    public async Task DueTimersAsync_MixedTimers_ReturnsTheDueUnclaimedOnesOldestFirst()
    {
        var fresh = await database.FreshAsync();
        var instance = WorkflowRows.Instance();
        var claimExpired = WorkflowRows.Timer(instance, Now.AddHours(-3));
        claimExpired.ClaimedBy = "host-dead";
        claimExpired.ClaimedUntil = Now.AddMinutes(-1);
        var unclaimed = WorkflowRows.Timer(instance, Now.AddHours(-2));
        var claimLive = WorkflowRows.Timer(instance, Now.AddHours(-1));
        claimLive.ClaimedBy = "host-b";
        claimLive.ClaimedUntil = Now.AddMinutes(4);
        var dueNow = WorkflowRows.Timer(instance, Now);
        var notYet = WorkflowRows.Timer(instance, Now.AddSeconds(1));
        var overdueTask = WorkflowRows.Task(instance, "pharmacist", "PKM-CIBEBER", WorkflowRows.Monday);
        overdueTask.DueAt = Now.AddDays(-5);
        await SaveAsync(fresh, instance, dueNow, notYet, claimLive, unclaimed, claimExpired, overdueTask);

        await using var read = new WorkflowUnit(fresh);
        var due = await read.Store.DueTimersAsync(Now, max: 10);

        Assert.Equal([claimExpired.Id, unclaimed.Id, dueNow.Id], due.Select(t => t.Id));
        Assert.Equal([claimExpired.Id], (await read.Store.DueTimersAsync(Now, max: 1)).Select(t => t.Id));
    }

    [Fact]
    public async Task DueTimersAsync_InWibAndUtc_ComparesInstantsNotClockReadings()
    {
        var fresh = await database.FreshAsync();
        var instance = WorkflowRows.Instance();
        // 09:00 WIB is 02:00 UTC: due before 03:00 UTC although "09:00" reads later than "03:00".
        var timer = WorkflowRows.Timer(instance, new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.FromHours(7)));
        await SaveAsync(fresh, instance, timer);

        await using var read = new WorkflowUnit(fresh);

        Assert.Single(await read.Store.DueTimersAsync(new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero), 10));
        Assert.Empty(await read.Store.DueTimersAsync(new DateTimeOffset(2026, 11, 12, 1, 59, 59, TimeSpan.Zero), 10));
    }

    [Fact]
    public async Task Claim_SameTimerByTwoHosts_OnlyTheFirstCommitWinsAndTheTimerIsSkippedUntilTheLeaseEnds()
    {
        var fresh = await database.FreshAsync();
        var instance = WorkflowRows.Instance();
        var timer = WorkflowRows.Timer(instance, Now.AddHours(-1));
        await SaveAsync(fresh, instance, timer);
        await using var hostA = new WorkflowUnit(fresh);
        await using var hostB = new WorkflowUnit(fresh);
        var seenByA = Assert.Single(await hostA.Store.DueTimersAsync(Now, 10));
        var seenByB = Assert.Single(await hostB.Store.DueTimersAsync(Now, 10));

        Claim(hostA.Store, seenByA, "host-a");
        await hostA.CommitAsync();
        Claim(hostB.Store, seenByB, "host-b");
        await Assert.ThrowsAsync<WorkflowConflictException>(() => hostB.CommitAsync());

        await using var read = new WorkflowUnit(fresh);
        Assert.Equal("host-a", (await read.Store.FindBookmarkAsync(timer.Id))!.ClaimedBy);
        Assert.Empty(await read.Store.DueTimersAsync(Now.AddMinutes(4), 10));
        Assert.Single(await read.Store.DueTimersAsync(Now.AddMinutes(5), 10));
    }

    [Fact]
    public async Task Fire_ClaimedTimerRemovedByItsHost_IsGoneAndAnotherHostsLateRemovalConflicts()
    {
        var fresh = await database.FreshAsync();
        var instance = WorkflowRows.Instance();
        var timer = WorkflowRows.Timer(instance, Now.AddHours(-1));
        await SaveAsync(fresh, instance, timer);
        await using (var claim = new WorkflowUnit(fresh))
        {
            Claim(claim.Store, Assert.Single(await claim.Store.DueTimersAsync(Now, 10)), "host-a");
            await claim.CommitAsync();
        }
        await using var late = new WorkflowUnit(fresh);
        var lateCopy = (await late.Store.FindBookmarkAsync(timer.Id))!;

        await using (var fire = new WorkflowUnit(fresh))
        {
            fire.Store.Remove((await fire.Store.FindBookmarkAsync(timer.Id))!);
            await fire.CommitAsync();
        }
        late.Store.Remove(lateCopy);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => late.CommitAsync());
        await using var read = new WorkflowUnit(fresh);
        Assert.Empty(await read.Store.BookmarksAsync(instance.Id));
    }

    private static void Claim(IWorkflowStore store, Bookmark timer, string host)
    {
        timer.ClaimedBy = host;
        timer.ClaimedUntil = Now.AddMinutes(5);
        store.Update(timer);
    }

    private static async Task SaveAsync(RequisitionDatabase migrated, WorkflowInstance instance, params Bookmark[] bookmarks)
    {
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        foreach (var bookmark in bookmarks) unit.Store.Add(bookmark);
        await unit.CommitAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : DueTimerTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : DueTimerTests(server.DatabaseFor(typeof(OnPostgres)));
}
