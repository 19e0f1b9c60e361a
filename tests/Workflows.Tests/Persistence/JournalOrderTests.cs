using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>An instance's journal comes back in the order it was appended, and is never rewritten.</summary>
public abstract class JournalOrderTests(TestDatabase database)
{
    [Fact]
    public async Task JournalAsync_EntriesAppendedOverSeveralCommits_ComeBackInAppendOrder()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated);
        // The clock of the second host runs behind: append order, not the time written, is the journal's order.
        await AppendAsync(migrated, WorkflowRows.Entry(instance, "draft", WorkflowRows.Monday.AddMinutes(5)));
        await AppendAsync(migrated, WorkflowRows.Entry(instance, "submit", WorkflowRows.Monday.AddMinutes(1)),
            WorkflowRows.Entry(instance, "check", WorkflowRows.Monday.AddMinutes(1)));
        await AppendAsync(migrated, WorkflowRows.Entry(instance, "review", WorkflowRows.Monday.AddMinutes(9)));

        await using var read = new WorkflowUnit(migrated);

        Assert.Equal(["draft", "submit", "check", "review"], (await read.Store.JournalAsync(instance.Id)).Select(e => e.ActivityId));
    }

    [Fact]
    public async Task JournalAsync_ManyEntriesInOneCommitAtTheSameInstant_KeepTheirAppendOrder()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated);
        var steps = Enumerable.Range(1, 40).Select(i => $"step-{i:D2}").Reverse().ToList();

        await AppendAsync(migrated, [.. steps.Select(s => WorkflowRows.Entry(instance, s, WorkflowRows.Monday))]);

        await using var read = new WorkflowUnit(migrated);
        Assert.Equal(steps, (await read.Store.JournalAsync(instance.Id)).Select(e => e.ActivityId));
    }

    [Fact]
    public async Task JournalAsync_TwoInstances_EachGetsOnlyItsOwnEntries()
    {
        var migrated = await database.MigratedAsync();
        var cibeber = await AddAsync(migrated);
        var cilaku = await AddAsync(migrated);
        await AppendAsync(migrated,
            WorkflowRows.Entry(cibeber, "submit", WorkflowRows.Monday),
            WorkflowRows.Entry(cilaku, "submit", WorkflowRows.Monday),
            WorkflowRows.Entry(cibeber, "review", WorkflowRows.Monday));

        await using var read = new WorkflowUnit(migrated);

        Assert.Equal(["submit", "review"], (await read.Store.JournalAsync(cibeber.Id)).Select(e => e.ActivityId));
        Assert.Equal(["submit"], (await read.Store.JournalAsync(cilaku.Id)).Select(e => e.ActivityId));
    }

    [Fact]
    public async Task SaveChanges_ChangedJournalEntry_IsRefused()
    {
        var migrated = await database.MigratedAsync();
        var instance = await AddAsync(migrated);
        await AppendAsync(migrated, WorkflowRows.Entry(instance, "submit", WorkflowRows.Monday, "submitted"));

        await using var unit = new WorkflowUnit(migrated);
        var entry = unit.Db.Journal.Single(e => e.InstanceId == instance.Id);
        entry.Outcome = "approved";

        await Assert.ThrowsAsync<AppendOnlyException>(() => unit.CommitAsync());
    }

    private static async Task<WorkflowInstance> AddAsync(RequisitionDatabase migrated)
    {
        var instance = WorkflowRows.Instance();
        await using var unit = new WorkflowUnit(migrated);
        unit.Store.Add(instance);
        await unit.CommitAsync();
        return instance;
    }

    private static async Task AppendAsync(RequisitionDatabase migrated, params JournalEntry[] entries)
    {
        await using var unit = new WorkflowUnit(migrated);
        foreach (var entry in entries) unit.Store.Append(entry);
        await unit.CommitAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : JournalOrderTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : JournalOrderTests(server.DatabaseFor(typeof(OnPostgres)));
}
