using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports.Support;

/// <summary>One district for a whole test class whose files are all refused (so no test changes what another reads).</summary>
public sealed class RefusedFileDistrict : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private ImportDistrict? _district;

    internal ImportDistrict District => _district ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync() => _district = await ImportDistrict.CreateAsync(_database);

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
