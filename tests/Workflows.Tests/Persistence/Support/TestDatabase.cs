using Requisition.Workflows.Persistence;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>
/// The databases one test class works in, on one provider: a migrated database the class's tests share (each
/// test writes its own rows), and fresh empty databases for tests about migrating.
/// </summary>
public abstract class TestDatabase
{
    private readonly Lock _gate = new();
    private Task<RequisitionDatabase>? _migrated;
    private int _created;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>The class's database, migrated on first use.</summary>
    public Task<RequisitionDatabase> MigratedAsync()
    {
        lock (_gate) return _migrated ??= CreateMigratedAsync();
    }

    /// <summary>A new database with no tables at all.</summary>
    public async Task<RequisitionDatabase> EmptyAsync() =>
        new(await CreateAsync("empty" + Interlocked.Increment(ref _created)));

    /// <summary>A new migrated database, for a test that reads across all rows (due timers).</summary>
    public async Task<RequisitionDatabase> FreshAsync()
    {
        var database = await EmptyAsync();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Creates a new, empty database named after <paramref name="suffix"/> and says how to reach it.</summary>
    protected abstract Task<DatabaseOptions> CreateAsync(string suffix);

    private async Task<RequisitionDatabase> CreateMigratedAsync() =>
        await RequisitionDatabase.OpenAsync(await CreateAsync("shared"));
}
