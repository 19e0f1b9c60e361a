using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>Upgrading a database that holds editions makes the newest edition of each kind the active one, as matching used it.</summary>
public sealed class ActiveEditionMigrationTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Migrate_DatabaseWithEditions_MarksTheNewestOfEachKindActive()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync("0011_SignInAndApiTokens");
        await using (var old = target.CreateDbContext())
        {
            foreach (var (kind, edition) in new[] { ("Fornas", "2019"), ("Fornas", "2023"), ("Doen", "2021"), ("Fornas", "2021") })
                await old.Database.ExecuteSqlAsync(
                    $"INSERT INTO reference_lists (kind, edition, imported_by, imported_at) VALUES ({kind}, {edition}, 'admin', '2026-01-01 00:00:00')");
        }

        await target.MigrateAsync();

        await using var db = target.CreateDbContext();
        var active = await db.ReferenceLists.AsNoTracking().Where(l => l.Active).OrderBy(l => l.Edition).Select(l => l.Edition).ToListAsync();
        Assert.Equal(["2021", "2021"], active);
        Assert.Equal(["Doen", "Fornas"], (await db.ReferenceLists.AsNoTracking().Where(l => l.Active).Select(l => l.Kind).ToListAsync()).Select(k => k.ToString()).Order());
    }
}
