using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// The stock card (kartu stok) is an append-only ledger: movements are added, never changed or deleted; the
/// context refuses tracked changes and the database refuses SQL that bypasses the context.
/// </summary>
public abstract class StockLedgerTests(TestDatabase database)
{
    [Fact]
    public async Task Append_ReceiptIssueAndLoss_KeepsEveryMovementAndTheBatchBalanceIsTheirSum()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using (var db = migrated.CreateDbContext())
        {
            db.StockMovements.AddRange(
                rows.Movement(MovementKind.Receipt, 1000),
                rows.Movement(MovementKind.Issue, -350),
                rows.Movement(MovementKind.Loss, -20));
            await db.SaveChangesAsync();
        }

        await using var fresh = migrated.CreateDbContext();
        var card = await fresh.StockMovements.Where(m => m.FacilityId == rows.Puskesmas).OrderBy(m => m.Id).ToListAsync();

        Assert.Equal([MovementKind.Receipt, MovementKind.Issue, MovementKind.Loss], card.Select(m => m.Kind));
        Assert.Equal(630, card.Sum(m => m.Quantity));
    }

    [Fact]
    public async Task SaveChanges_ChangedMovement_IsRefusedByTheContextAndNothingIsWritten()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var movement = await AppendAsync(migrated, rows.Movement(MovementKind.Receipt, 1000));

        await using (var db = migrated.CreateDbContext())
        {
            var tracked = await db.StockMovements.SingleAsync(m => m.Id == movement.Id);
            tracked.Quantity = 900;
            db.StockMovements.Add(rows.Movement(MovementKind.Issue, -100));

            var refused = await Assert.ThrowsAsync<AppendOnlyException>(() => db.SaveChangesAsync());
            Assert.Contains("stock movement", refused.Message);
        }

        Assert.Equal([1000], await QuantitiesAsync(migrated, rows));
    }

    [Fact]
    public async Task SaveChanges_DeletedMovement_IsRefusedByTheContext()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var movement = await AppendAsync(migrated, rows.Movement(MovementKind.Receipt, 1000));

        await using (var db = migrated.CreateDbContext())
        {
            db.StockMovements.Remove(await db.StockMovements.SingleAsync(m => m.Id == movement.Id));
            await Assert.ThrowsAsync<AppendOnlyException>(() => db.SaveChangesAsync());
        }

        Assert.Equal([1000], await QuantitiesAsync(migrated, rows));
    }

    [Fact]
    public async Task BulkUpdateAndDelete_BypassingTheContext_AreRefusedByTheDatabase()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await AppendAsync(migrated, rows.Movement(MovementKind.Receipt, 1000));

        await using (var db = migrated.CreateDbContext())
        {
            var mine = db.StockMovements.Where(m => m.FacilityId == rows.Puskesmas);
            var update = await Assert.ThrowsAnyAsync<Exception>(() => mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Quantity, 1)));
            Assert.Contains("append-only", update.Message);
            var delete = await Assert.ThrowsAnyAsync<Exception>(() => mine.ExecuteDeleteAsync());
            Assert.Contains("append-only", delete.Message);
        }

        Assert.Equal([1000], await QuantitiesAsync(migrated, rows));
    }

    [Fact]
    public async Task SaveChanges_MovementOfZero_IsRefusedByTheDatabase()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        await using var db = migrated.CreateDbContext();
        db.StockMovements.Add(rows.Movement(MovementKind.Adjustment, 0));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static async Task<StockMovement> AppendAsync(RequisitionDatabase migrated, StockMovement movement)
    {
        await using var db = migrated.CreateDbContext();
        db.StockMovements.Add(movement);
        await db.SaveChangesAsync();
        return movement;
    }

    private static async Task<List<long>> QuantitiesAsync(RequisitionDatabase migrated, LedgerRows rows)
    {
        await using var db = migrated.CreateDbContext();
        return await db.StockMovements.Where(m => m.FacilityId == rows.Puskesmas).OrderBy(m => m.Id).Select(m => m.Quantity).ToListAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : StockLedgerTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StockLedgerTests(server.DatabaseFor(typeof(OnPostgres)));
}
