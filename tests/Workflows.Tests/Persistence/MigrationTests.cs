using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>The schema is created and upgraded on start by the versioned migrations, on both providers.</summary>
public abstract class MigrationTests(TestDatabase database)
{
    private static readonly Facility Cibeber = new() { Id = new FacilityId("PKM-CIBEBER"), Name = "Puskesmas Cibeber", Kind = FacilityKind.Puskesmas };

    [Fact]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationInVersionOrder()
    {
        var empty = await database.EmptyAsync();

        await empty.MigrateAsync();

        await using var db = empty.CreateDbContext();
        var known = db.Database.GetMigrations().ToList();
        Assert.Equal(known, await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal("0001_FacilitiesAndUsers", known[0]);
        Assert.Equal(known.Order(StringComparer.Ordinal), known);
        Assert.All(known, id => Assert.Matches(@"^\d{4}_[A-Za-z]+$", id));
    }

    [Fact]
    public async Task Migrate_UpToDateDatabaseAgain_ChangesNothing()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync();
        await AddFacilityAsync(target);
        var (schemaBefore, historyBefore) = await SnapshotAsync(target);

        await target.MigrateAsync();
        await RequisitionDatabase.OpenAsync(target.Options);

        var (schemaAfter, historyAfter) = await SnapshotAsync(target);
        Assert.Equal(schemaBefore, schemaAfter);
        Assert.Equal(historyBefore, historyAfter);
        await using var db = target.CreateDbContext();
        Assert.Equal("Puskesmas Cibeber", (await db.Facilities.SingleAsync()).Name);
    }

    [Fact]
    public async Task Migrate_DatabaseOfAnOlderVersion_UpgradesItAndKeepsItsRows()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync("0001_FacilitiesAndUsers");
        await AddFacilityAsync(target);

        await target.MigrateAsync();

        await using var upgraded = target.CreateDbContext();
        Assert.Empty(await upgraded.Database.GetPendingMigrationsAsync());
        Assert.Equal("Puskesmas Cibeber", (await upgraded.Facilities.SingleAsync()).Name);
        Assert.Empty(await upgraded.WorkflowInstances.ToListAsync());
    }

    [Fact]
    public async Task Migrate_ToAVersionGivenByName_StopsThere()
    {
        var target = await database.EmptyAsync();

        await target.MigrateAsync("CatalogAndReferenceLists");

        await using var db = target.CreateDbContext();
        Assert.Equal(["0001_FacilitiesAndUsers", "0002_CatalogAndReferenceLists"], await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task MigrateDown_ToNothing_DropsEveryTableAndTriggerAndUpAgainRebuildsTheModel()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync();

        await target.MigrateAsync(Migration.InitialDatabase);
        await using (var db = target.CreateDbContext())
            Assert.Empty(await DatabaseSchema.DescribeAsync(db));
        await target.MigrateAsync();

        await using var rebuilt = target.CreateDbContext();
        Assert.Equal("", SchemaLines.Difference(ModelSchema.Describe(rebuilt), await DatabaseSchema.DescribeAsync(rebuilt), "model", "database"));
    }

    private static async Task AddFacilityAsync(RequisitionDatabase target)
    {
        await using var db = target.CreateDbContext();
        db.Facilities.Add(new Facility { Id = Cibeber.Id, Name = Cibeber.Name, Kind = Cibeber.Kind });
        await db.SaveChangesAsync();
    }

    private static async Task<(SortedSet<string> Schema, List<string> History)> SnapshotAsync(RequisitionDatabase target)
    {
        await using var db = target.CreateDbContext();
        return (await DatabaseSchema.DescribeAsync(db), (await db.Database.GetAppliedMigrationsAsync()).ToList());
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : MigrationTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : MigrationTests(server.DatabaseFor(typeof(OnPostgres)));
}
