using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Requisition.Workflows.Persistence.Migrations;

namespace Requisition.Workflows.Persistence;

/// <summary>
/// Opens Requisition's database: builds the provider's options once, brings the schema up to date with the
/// versioned migrations (<see cref="MigrateAsync"/>, run on start), and hands out one context per unit of work.
/// </summary>
public sealed class RequisitionDatabase : IDbContextFactory<RequisitionDbContext>
{
    private readonly DbContextOptions<RequisitionDbContext> _contextOptions;

    public RequisitionDatabase(DatabaseOptions options)
    {
        Options = options;
        ConnectionString = options.ResolveConnectionString();
        _contextOptions = BuildContextOptions(options.Provider, ConnectionString);
    }

    public DatabaseOptions Options { get; }

    public string ConnectionString { get; }

    /// <summary>Opens the database and applies every pending migration.</summary>
    public static async Task<RequisitionDatabase> OpenAsync(DatabaseOptions options, CancellationToken cancellationToken = default)
    {
        var database = new RequisitionDatabase(options);
        await database.MigrateAsync(cancellationToken);
        return database;
    }

    public RequisitionDbContext CreateDbContext() => new(_contextOptions);

    /// <summary>
    /// Applies the migrations the database has not seen yet, in order, each recorded in
    /// <c>__EFMigrationsHistory</c>; a database that is up to date is left alone. EF Core holds a migration lock,
    /// so two hosts starting together do not both migrate.
    /// </summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => MigrateAsync(null, cancellationToken);

    /// <summary>
    /// Brings the schema to <paramref name="targetVersion"/> (an id such as "0003_PlanningDocuments", or its name),
    /// applying or reverting migrations as needed; "0" reverts them all, null applies them all.
    /// </summary>
    public async Task MigrateAsync(string? targetVersion, CancellationToken cancellationToken = default)
    {
        if (Options.Provider == DatabaseProvider.Sqlite)
            CreateSqliteFolder(ConnectionString);

        await using var context = CreateDbContext();
        await context.GetService<IMigrator>().MigrateAsync(targetVersion, cancellationToken);
        if (Options.Provider == DatabaseProvider.Sqlite)
        {
            // Readers do not wait for a writer, which matters once the web host serves several users.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static DbContextOptions<RequisitionDbContext> BuildContextOptions(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<RequisitionDbContext>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString),
            _ => throw new InvalidOperationException($"Unknown database provider '{provider}'."),
        };
        // The migrations are hand-written and carry no model snapshot, so EF's own pending-changes check would
        // always fire; the schema tests compare the migrated database with the model instead (docs/adr/0004).
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        builder.ReplaceService<IMigrationsIdGenerator, VersionedMigrationIds>();
        return builder.Options;
    }

    private static void CreateSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
