namespace Requisition.Workflows.Persistence;

/// <summary>The database engines Requisition runs on (configuration value <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file: the default, for a single puskesmas or a trial.</summary>
    Sqlite = 0,
    /// <summary>A PostgreSQL server (Npgsql), for a district or province installation.</summary>
    Postgres = 1,
}
