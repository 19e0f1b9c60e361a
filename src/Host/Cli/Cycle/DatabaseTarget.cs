using System.Data.Common;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Cycle;

/// <summary>The database a verb works on, and how to name it to the user (never with a password).</summary>
public sealed record DatabaseTarget(DatabaseOptions Options, string Description)
{
    /// <summary>Opens the database and brings its schema up to date; a file or server that cannot be used is bad input.</summary>
    public async Task<RequisitionDatabase> OpenAsync()
    {
        try
        {
            return await RequisitionDatabase.OpenAsync(Options);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            var option = Options.Provider == DatabaseProvider.Sqlite ? "--db" : "--postgres";
            throw new UsageException($"{option}: cannot open {Description}: {e.Message}");
        }
    }

    public static DatabaseTarget Sqlite(string file) =>
        new(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = file }, $"SQLite file {Path.GetFullPath(file)}");

    public static DatabaseTarget Postgres(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--postgres: not a connection string: {e.Message}");
        }
        var host = builder.TryGetValue("Host", out var h) ? h : builder.TryGetValue("Server", out var s) ? s : "localhost";
        var database = builder.TryGetValue("Database", out var d) ? d : "(default database)";
        return new(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString },
            $"PostgreSQL database {database} on {host}");
    }
}
