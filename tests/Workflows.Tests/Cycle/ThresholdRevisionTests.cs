using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>An administrator revises the thresholds: kept as history with who, when and why; the next LPLPO uses them.</summary>
public abstract class ThresholdRevisionTests(TestDatabase database)
{
    [Fact]
    public async Task Revise_DueDayByAdministrator_IsKeptWithWhoAndWhyAndTheNextMonthUsesIt()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = new Actor(district.Seeded.Administrator, CycleRoles.Administrator, null);

        var revision = await district.Host.Thresholds.ReviseAsync(admin,
            new ReviseThresholdsInput(new Dictionary<string, decimal> { [ThresholdNames.LplpoDueDay] = 5 }, "Rapat koordinasi: LPLPO paling lambat tanggal 5"));
        await district.Host.Lplpo.StartMonthAsync(district.Ifk, new StartMonthInput(CycleDistrict.Month.ToString()));

        Assert.Equal("rev-1", revision.Version);
        var history = await district.Host.Thresholds.HistoryAsync(admin);
        Assert.Equal(("rev-1", "admin", 5m), (history[0].Version, history[0].ChangedBy, history[0].Values[ThresholdNames.LplpoDueDay]));
        var task = Assert.Single(await district.Host.Queries.TasksAsync(district.Pharmacist(0)));
        Assert.Equal(new DateTimeOffset(2026, 11, 6, 0, 0, 0, TimeSpan.FromHours(7)), task.DueAt);
        Assert.Equal(5m, (await district.Host.Thresholds.CurrentAsync(admin)).Get(ThresholdNames.LplpoDueDay));
    }

    [Fact]
    public async Task Revise_ByAPharmacist_IsRefusedAndNothingIsWritten()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);

        await Assert.ThrowsAsync<AccessDeniedException>(() => district.Host.Thresholds.ReviseAsync(district.Pharmacist(0),
            new ReviseThresholdsInput(new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = 12 }, "lebih ketat")));

        await using var db = district.Database.CreateDbContext();
        Assert.Equal(0, await db.ThresholdRevisions.CountAsync());
    }

    [Theory]
    [InlineData("no_such_threshold", 3, "values")]
    [InlineData(ThresholdNames.LplpoDueDay, 40, "values")]
    public async Task Revise_ImpossibleValue_IsRefusedAtValues(string name, int value, string field)
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var admin = new Actor(district.Seeded.Administrator, CycleRoles.Administrator, null);

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Thresholds.ReviseAsync(admin, new ReviseThresholdsInput(new Dictionary<string, decimal> { [name] = value }, "percobaan")));

        Assert.Equal(field, Assert.Single(refused.Errors).Field);
        await using var db = district.Database.CreateDbContext();
        Assert.Equal(0, await db.ThresholdRevisions.CountAsync());
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ThresholdRevisionTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ThresholdRevisionTests(server.DatabaseFor(typeof(OnPostgres)));
}
