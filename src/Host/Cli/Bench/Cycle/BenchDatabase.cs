using Npgsql;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// A fresh, migrated database for one benchmark run: a SQLite file in a new temporary folder, or a new database
/// <c>bench_&lt;random&gt;</c> on a PostgreSQL server. Removed (folder deleted, database dropped) on dispose unless kept.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _server;
    private readonly string? _name;
    private readonly bool _keep;

    private BenchDatabase(RequisitionDatabase database, string location, bool keep, string? folder, string? server, string? name)
    {
        Database = database;
        Location = location;
        _keep = keep;
        _folder = folder;
        _server = server;
        _name = name;
    }

    public RequisitionDatabase Database { get; }

    /// <summary>Where the database is: the SQLite file, or the PostgreSQL database's name.</summary>
    public string Location { get; }

    public static async Task<BenchDatabase> CreateAsync(CycleBenchOptions options)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), $"requisition-bench-{suffix}");
            var file = Path.Combine(folder, "bench.db");
            var sqlite = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = file });
            return new BenchDatabase(sqlite, file, options.Keep, folder, null, null);
        }

        var server = options.PostgresServer!;
        var name = $"bench_{suffix}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            var postgres = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });
            return new BenchDatabase(postgres, name, options.Keep, null, server, name);
        }
        catch
        {
            await DropAsync(server, name);
            throw;
        }
    }

    /// <summary>The size on disk: the SQLite file with its write-ahead log, or <c>pg_database_size</c>.</summary>
    public async Task<long> SizeBytesAsync()
    {
        if (_folder is not null)
            return new[] { Location, Location + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep) return;
        if (_folder is not null)
        {
            // The pooled connections hold the file open; let them go before the folder is removed.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await DropAsync(_server!, _name!);
    }

    private static async Task DropAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
