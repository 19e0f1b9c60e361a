using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>Configuration picks the database: a SQLite file by default, PostgreSQL with a connection string.</summary>
public sealed class DatabaseOptionsTests
{
    [Fact]
    public void ResolveConnectionString_Defaults_IsTheSqliteFileWithForeignKeysOn()
    {
        var options = new DatabaseOptions();

        var connection = new SqliteConnectionStringBuilder(options.ResolveConnectionString());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("requisition.db", connection.DataSource);
        Assert.True(connection.ForeignKeys);
    }

    [Fact]
    public void ResolveConnectionString_SqliteConnectionString_WinsOverThePathAndStillEnforcesForeignKeys()
    {
        var options = new DatabaseOptions { SqlitePath = "ignored.db", ConnectionString = "Data Source=/var/lib/requisition/state.db;Foreign Keys=False" };

        var connection = new SqliteConnectionStringBuilder(options.ResolveConnectionString());

        Assert.Equal("/var/lib/requisition/state.db", connection.DataSource);
        Assert.True(connection.ForeignKeys);
    }

    [Fact]
    public void ResolveConnectionString_PostgresWithoutConnectionString_SaysWhichSettingIsMissing()
    {
        var options = new DatabaseOptions { Provider = DatabaseProvider.Postgres };

        var error = Assert.Throws<InvalidOperationException>(options.ResolveConnectionString);

        Assert.Contains("Database:ConnectionString", error.Message);
    }

    [Fact]
    public void ResolveConnectionString_Postgres_IsTheGivenConnectionString()
    {
        const string given = "Host=db.dinkes.local;Database=requisition;Username=requisition";

        Assert.Equal(given, new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = given }.ResolveConnectionString());
    }

    [Fact]
    public async Task OpenAsync_SqlitePathInAFolderThatDoesNotExist_CreatesTheFolderTheFileAndTheSchema()
    {
        var root = Path.Combine(Path.GetTempPath(), "requisition-open-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "data", "requisition.db");
        try
        {
            var database = await RequisitionDatabase.OpenAsync(new DatabaseOptions { SqlitePath = path });

            await using var db = database.CreateDbContext();
            Assert.True(File.Exists(path));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Empty(await db.Facilities.ToListAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
