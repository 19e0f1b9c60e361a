using Microsoft.Data.Sqlite;

namespace Requisition.Workflows.Persistence;

/// <summary>
/// Which database Requisition keeps its state in (configuration section <c>Database</c>). By default a SQLite
/// file; PostgreSQL when <see cref="Provider"/> is <c>postgres</c> and a connection string is given.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file (created with its folder when missing); ignored when a connection string is set.</summary>
    public string SqlitePath { get; set; } = "requisition.db";

    /// <summary>A full ADO.NET connection string: required for PostgreSQL, optional for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The connection string the provider opens, with foreign keys on for SQLite.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL without a connection string, or no SQLite path.</exception>
    public string ResolveConnectionString()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            return string.IsNullOrWhiteSpace(ConnectionString)
                ? throw new InvalidOperationException(
                    $"{SectionName}:ConnectionString is required when {SectionName}:Provider is postgres.")
                : ConnectionString;
        }

        var builder = string.IsNullOrWhiteSpace(ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = SqlitePath }
            : new SqliteConnectionStringBuilder(ConnectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new InvalidOperationException($"{SectionName}:SqlitePath is empty.");
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}
