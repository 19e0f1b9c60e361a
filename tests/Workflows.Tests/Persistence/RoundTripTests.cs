using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>Every entity is saved and read back, column for column, with the same meaning on both providers.</summary>
public abstract class RoundTripTests(TestDatabase database)
{
    [Fact]
    public async Task SaveChanges_ARowOfEveryEntity_ReadsBackEqualInAFreshContext()
    {
        var migrated = await database.MigratedAsync();
        SampleRows samples;
        await using (var db = migrated.CreateDbContext()) samples = await SampleRows.SaveAsync(db);

        await using var fresh = migrated.CreateDbContext();
        var differences = new List<string>();
        foreach (var saved in samples.Saved)
        {
            var type = fresh.Model.FindEntityType(saved.GetType())!;
            var key = type.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(saved)).ToArray();
            var loaded = await fresh.FindAsync(saved.GetType(), key);
            if (loaded is null)
            {
                differences.Add($"{type.ClrType.Name} ({string.Join(", ", key)}) was not found");
                continue;
            }
            foreach (var property in type.GetProperties())
            {
                var expected = property.PropertyInfo!.GetValue(saved);
                var actual = property.PropertyInfo.GetValue(loaded);
                if (!Equals(expected, actual))
                    differences.Add($"{type.ClrType.Name}.{property.Name}: saved {expected}, read {actual}");
            }
        }

        Assert.Equal("", string.Join("\n", differences));
    }

    [Fact]
    public async Task SampleRows_FillEveryColumnOfEveryEntityWithSomethingButItsDefault()
    {
        var migrated = await database.MigratedAsync();
        await using var db = migrated.CreateDbContext();

        var samples = await SampleRows.SaveAsync(db);

        var unexercised = new List<string>();
        foreach (var type in db.Model.GetEntityTypes())
        {
            var rows = samples.Saved.Where(r => r.GetType() == type.ClrType).ToList();
            if (rows.Count == 0)
            {
                unexercised.Add($"{type.ClrType.Name}: no sample row");
                continue;
            }
            unexercised.AddRange(type.GetProperties()
                .Where(p => rows.All(r => IsDefault(p, p.PropertyInfo!.GetValue(r))))
                .Select(p => $"{type.ClrType.Name}.{p.Name}: default in every sample row"));
        }
        Assert.Equal("", string.Join("\n", unexercised));
    }

    [Fact]
    public async Task SaveChanges_AnInstantInWib_ComesBackAsTheSameInstantInUtcToTheMicrosecond()
    {
        var migrated = await database.MigratedAsync();
        var wib = new DateTimeOffset(2026, 11, 2, 23, 59, 59, TimeSpan.FromHours(7)).AddTicks(9_999_999);
        var user = new Workflows.Persistence.Entities.User { Id = $"u-{Guid.NewGuid():N}", Name = "Budi", CreatedAt = wib };
        await using (var db = migrated.CreateDbContext())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        await using var fresh = migrated.CreateDbContext();
        var loaded = await fresh.Users.SingleAsync(u => u.Id == user.Id);

        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 16, 59, 59, TimeSpan.Zero).AddTicks(9_999_990), loaded.CreatedAt);
    }

    private static bool IsDefault(IProperty property, object? value) =>
        value is null || (property.ClrType.IsValueType && Nullable.GetUnderlyingType(property.ClrType) is null
            && value.Equals(Activator.CreateInstance(property.ClrType)));

    public sealed class OnSqlite(SqliteTestDatabase database) : RoundTripTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : RoundTripTests(server.DatabaseFor(typeof(OnPostgres)));
}
