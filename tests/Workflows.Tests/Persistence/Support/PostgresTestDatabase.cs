using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>The databases of one test class on the shared <see cref="PostgresServer"/>.</summary>
public sealed class PostgresTestDatabase(PostgresServer server, string baseName) : TestDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<DatabaseOptions> CreateAsync(string suffix) =>
        new()
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = await server.CreateDatabaseAsync($"{baseName}_{suffix}"),
        };
}
