using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// The balances change in the transaction of the save that adds the movements: when the save fails, or the unit of work
/// around it is rolled back, the balances are as they were, and they still equal the sums of the movements.
/// </summary>
public abstract class StockBalanceRollbackTests(TestDatabase database)
{
    [Fact]
    public async Task Save_FailingAfterTheBalancesWereWritten_LeavesTheBalancesAsTheyWere()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using (var db = migrated.CreateDbContext())
        {
            db.StockMovements.Add(rows.Movement(MovementKind.Receipt, 100));
            await db.SaveChangesAsync();
        }

        await using (var db = migrated.CreateDbContext())
        {
            // Flags are written after the movements and their balances; one for a facility that does not exist fails the save there.
            db.StockMovements.Add(rows.Movement(MovementKind.Issue, -30));
            db.Flags.Add(FlagOf(new FacilityId("PKM-NOWHERE")));
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        Assert.Equal(100, await BalanceOfAsync(migrated, rows));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_InAUnitOfWorkThatIsRolledBack_LeavesTheBalancesAsTheyWere()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using (var db = migrated.CreateDbContext())
        {
            db.StockMovements.Add(rows.Movement(MovementKind.Receipt, 100));
            await db.SaveChangesAsync();
        }

        await using (var db = migrated.CreateDbContext())
        {
            await using var unit = await db.Database.BeginTransactionAsync();
            db.StockMovements.Add(rows.Movement(MovementKind.Issue, -30));
            await db.SaveChangesAsync();
            // Inside the unit the balance has moved; nothing outside sees it.
            Assert.Equal(70, await db.StockBalances.Where(b => b.FacilityId == rows.Puskesmas).SumAsync(b => b.Quantity));
            await unit.RollbackAsync();
        }

        Assert.Equal(100, await BalanceOfAsync(migrated, rows));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    private static async Task<long> BalanceOfAsync(RequisitionDatabase migrated, LedgerRows rows) =>
        Assert.Single(await BalanceCheck.KeptAsync(migrated), l => l.Facility == rows.Puskesmas.Value).Quantity;

    private static FlagRecord FlagOf(FacilityId facility) => new()
    {
        Rule = "STOCK_OUT", Severity = Severity.Error, Step = "lplpo", FacilityId = facility, Message = "Stok habis",
        ThresholdVersion = "default", RaisedAt = SampleRows.Monday, Status = FlagStatus.Open,
    };

    public sealed class OnSqlite(SqliteTestDatabase database) : StockBalanceRollbackTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StockBalanceRollbackTests(server.DatabaseFor(typeof(OnPostgres)));
}
