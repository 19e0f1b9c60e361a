using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Seeding;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>A district's month through the application commands, end to end, on each provider.</summary>
public abstract class FullCycleTests(TestDatabase database)
{
    [Fact]
    public async Task Month_PlayedThroughTheCommands_ClosesEveryLplpoAndMovesBothLedgers()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), plan: CycleDistrict.Plan(3, nearExpiry: 0.2, excess: 0.2, ifkShort: 0.2));

        var summary = await MonthDriver.RunAsync(district.Host, district.Clock, district.Seeded, CycleDistrict.Month);

        Assert.Equal(3, summary.LplposStarted);
        Assert.Equal(3, summary.LplposClosed);
        Assert.Equal(1, summary.LplposReturned);
        Assert.Equal(3, summary.SubUnitRequests);
        Assert.Equal(1, summary.EmergencyRequests);
        Assert.True(summary.UnitsIssuedByIfk > 0);
        Assert.Equal(summary.UnitsIssuedByIfk, summary.UnitsAccepted + summary.UnitsRejected);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : FullCycleTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : FullCycleTests(server.DatabaseFor(typeof(OnPostgres)));
}
