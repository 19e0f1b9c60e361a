using Microsoft.Data.Sqlite;
using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>SQLite files in a temp folder of their own, deleted with the class fixture.</summary>
public sealed class SqliteTestDatabase : TestDatabase, IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "requisition-sqlite-" + Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    protected override Task<DatabaseOptions> CreateAsync(string suffix) =>
        Task.FromResult(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            SqlitePath = Path.Combine(_folder, suffix + ".db"),
        });
}
