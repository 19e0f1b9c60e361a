using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// A workflow instance's revision is its concurrency token: every commit that changes it increments it, and a
/// commit from a copy read before someone else's fails with <see cref="WorkflowConflictException"/>, writing
/// nothing of its unit of work.
/// </summary>
public abstract class InstanceRevisionTests(TestDatabase database)
{
    [Fact]
    public async Task Update_CommittedTwice_IncrementsTheRevisionEachTime()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated, WorkflowRows.Instance());

        await UpdateAsync(migrated, instance.Id, i => i.VariablesJson = """{"step":1}""");
        await UpdateAsync(migrated, instance.Id, i => i.Status = WorkflowStatus.Completed);

        await using var read = new WorkflowUnit(migrated);
        var saved = await read.Store.FindInstanceAsync(instance.Id);
        Assert.Equal(2, saved!.Revision);
        Assert.Equal(WorkflowStatus.Completed, saved.Status);
        Assert.Equal("""{"step":1}""", saved.VariablesJson);
    }

    [Fact]
    public async Task Update_FromACopyReadBeforeAnotherCommit_FailsWithConflictAndWritesNothingOfTheUnit()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated, WorkflowRows.Instance());
        await using var first = new WorkflowUnit(migrated);
        await using var second = new WorkflowUnit(migrated);
        var firstCopy = (await first.Store.FindInstanceAsync(instance.Id))!;
        var secondCopy = (await second.Store.FindInstanceAsync(instance.Id))!;

        firstCopy.VariablesJson = """{"decision":"approve"}""";
        first.Store.Update(firstCopy);
        first.Store.Append(WorkflowRows.Entry(firstCopy, "review", WorkflowRows.Monday, "approve"));
        await first.CommitAsync();
        secondCopy.VariablesJson = """{"decision":"return"}""";
        second.Store.Update(secondCopy);
        second.Store.Append(WorkflowRows.Entry(secondCopy, "review", WorkflowRows.Monday, "return"));
        var conflict = await Assert.ThrowsAsync<WorkflowConflictException>(() => second.CommitAsync());

        Assert.Contains(instance.Id.ToString(), conflict.Message);
        Assert.Equal(0, secondCopy.Revision);
        await using var read = new WorkflowUnit(migrated);
        var saved = (await read.Store.FindInstanceAsync(instance.Id))!;
        Assert.Equal(1, saved.Revision);
        Assert.Equal("""{"decision":"approve"}""", saved.VariablesJson);
        Assert.Equal(["approve"], (await read.Store.JournalAsync(instance.Id)).Select(e => e.Outcome));
    }

    [Fact]
    public async Task Update_CopyReadInAnEarlierUnit_SavesWhenNobodyChangedItSince()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated, WorkflowRows.Instance());
        WorkflowInstance copy;
        await using (var earlier = new WorkflowUnit(migrated)) copy = (await earlier.Store.FindInstanceAsync(instance.Id))!;

        copy.Status = WorkflowStatus.Cancelled;
        await using (var later = new WorkflowUnit(migrated))
        {
            later.Store.Update(copy);
            await later.CommitAsync();
        }

        await using var read = new WorkflowUnit(migrated);
        var saved = (await read.Store.FindInstanceAsync(instance.Id))!;
        Assert.Equal((WorkflowStatus.Cancelled, 1L), (saved.Status, saved.Revision));
    }

    [Fact]
    public async Task Update_CopyReadInAnEarlierUnit_ConflictsWhenSomeoneCommittedSince()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated, WorkflowRows.Instance());
        WorkflowInstance stale;
        await using (var earlier = new WorkflowUnit(migrated)) stale = (await earlier.Store.FindInstanceAsync(instance.Id))!;
        await UpdateAsync(migrated, instance.Id, i => i.Status = WorkflowStatus.Faulted);

        stale.Status = WorkflowStatus.Cancelled;
        await using var later = new WorkflowUnit(migrated);
        await later.Store.FindInstanceAsync(instance.Id);
        later.Store.Update(stale);

        await Assert.ThrowsAsync<WorkflowConflictException>(() => later.CommitAsync());
    }

    private static async Task<WorkflowInstance> AddAsync(RequisitionDatabase migrated, WorkflowInstance instance)
    {
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        await unit.CommitAsync();
        return instance;
    }

    private static async Task UpdateAsync(RequisitionDatabase migrated, Guid id, Action<WorkflowInstance> change)
    {
        await using var unit = new WorkflowUnit(migrated);
        var instance = (await unit.Store.FindInstanceAsync(id))!;
        change(instance);
        unit.Store.Update(instance);
        await unit.CommitAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : InstanceRevisionTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : InstanceRevisionTests(server.DatabaseFor(typeof(OnPostgres)));
}
