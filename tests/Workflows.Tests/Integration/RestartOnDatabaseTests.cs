using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// The host process stops while a request waits for review. A new process (configuration read again, database opened
/// and migrated, definitions loaded from the files, new runner) continues the request from the database alone.
/// </summary>
public abstract class RestartOnDatabaseTests(TestDatabase database)
{
    [Fact]
    public async Task Resume_AfterTheProcessRestarts_ContinuesTheRequestToCompletionOnItsVersion()
    {
        var before = HostProcess.Create(await database.FreshAsync(), ExampleFiles.ApprovalV1);
        var id = (await before.StartAsync("approval", "request:PKM-CIBEBER:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new() { ["ifk"] = Actors.Ifk })).Instance.Id;
        await before.ResumeAsync((await before.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);
        var journalBefore = await before.JournalAsync(id);
        var options = before.Database.Options;
        CloseConnections(before.Database);

        var after = await NewProcessAsync(options, HostProcess.Start.AddDays(1));
        await after.ResumeAsync((await after.OpenTaskAsync(id)).Id, "return", Actors.IfkOfficer, new() { ["reason"] = "pemakaian tidak wajar" });
        await after.ResumeAsync((await after.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);
        await after.ResumeAsync((await after.OpenTaskAsync(id)).Id, "approve", Actors.IfkOfficer);

        var instance = await after.InstanceAsync(id);
        var journal = await after.JournalAsync(id);
        Assert.Equal([1, 2], after.Catalog.Versions("approval").Select(v => v.Version));
        Assert.Equal((WorkflowStatus.Completed, 1), (instance.Status, instance.DefinitionVersion));
        Assert.Equal(1, (await after.VariablesAsync(id))["returns"]!.GetValue<decimal>());
        Assert.Equal(journalBefore.Select(e => e.Id), journal.Take(journalBefore.Count).Select(e => e.Id));
        Assert.Equal(
            ["review", "count-return", "submit", "submit", "review", "review", "approved"],
            journal.Skip(journalBefore.Count).Select(e => e.ActivityId));
        Assert.All(journal.Skip(journalBefore.Count), e => Assert.Equal(HostProcess.Start.AddDays(1), e.At));
    }

    [Fact]
    public async Task Open_TheSameDatabaseAgain_AppliesNoMigrationAndKeepsTheWaitingTask()
    {
        var before = HostProcess.Create(await database.FreshAsync(), ExampleFiles.ApprovalV1);
        var id = (await before.StartAsync("approval", "request:PKM-CIBEBER:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new() { ["ifk"] = Actors.Ifk })).Instance.Id;
        var task = await before.OpenTaskAsync(id);
        CloseConnections(before.Database);

        var after = await NewProcessAsync(before.Database.Options, HostProcess.Start);

        await using var db = after.Database.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var reread = await after.OpenTaskAsync(id);
        Assert.Equal((task.Id, task.Name, task.Role, task.FacilityId, task.OutcomesJson, task.CreatedAt),
            (reread.Id, reread.Name, reread.Role, reread.FacilityId, reread.OutcomesJson, reread.CreatedAt));
    }

    /// <summary>
    /// A new process: the options read again from configuration, the database opened (and migrated, a no-op here),
    /// a new registry, the catalog loaded from the definition files (v1 and v2 by now), a new clock.
    /// </summary>
    private static async Task<HostProcess> NewProcessAsync(DatabaseOptions stopped, DateTimeOffset now)
    {
        var options = new DatabaseOptions { Provider = stopped.Provider, SqlitePath = stopped.SqlitePath, ConnectionString = stopped.ConnectionString };
        var reopened = await RequisitionDatabase.OpenAsync(options);
        var registry = new ActivityRegistry();
        var catalog = WorkflowDefinitionCatalog.LoadDirectory(ExampleFiles.Folder, registry);
        return new HostProcess(reopened, catalog, registry, new ManualClock(now));
    }

    /// <summary>The stopped process's pooled connections go with it.</summary>
    private static void CloseConnections(RequisitionDatabase stopped)
    {
        if (stopped.Options.Provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(stopped.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(stopped.ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : RestartOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : RestartOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
