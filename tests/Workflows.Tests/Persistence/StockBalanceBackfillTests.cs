using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Persistence.Saving;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// Migration 0009 fills stock_balances from the movements a database already holds, with the sums the card was read
/// with before: quantities added, the highest price compared as a number, no price while no movement has one.
/// </summary>
public abstract class StockBalanceBackfillTests(TestDatabase database)
{
    private const string BeforeBalances = "0008_StockCardBalanceIndex";

    [Fact]
    public async Task Migrate_ADatabaseWithMovementsFrom0008_FillsEveryBalanceWithItsMovementsSums()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync(BeforeBalances);
        var rows = await LedgerRows.SaveAsync(target);
        var other = await LedgerRows.SaveAsync(target);
        await WriteAsOf0008Async(target,
            Priced(rows.Movement(MovementKind.Receipt, 1000, "AMX-A"), 9.5m),
            Priced(rows.Movement(MovementKind.Issue, -300, "AMX-A"), 9.5m),
            Priced(rows.Movement(MovementKind.Receipt, 200, "AMX-A"), 10.25m),
            rows.Movement(MovementKind.Receipt, 50, "AMX-B"),
            rows.Movement(MovementKind.Issue, -50, "AMX-B"),
            rows.Movement(MovementKind.Receipt, 5, "AMX-C"),
            Priced(rows.Movement(MovementKind.Receipt, 5, "AMX-C"), 100.5m),
            Priced(other.Movement(MovementKind.Receipt, 70, "AMX-A"), 8m));

        await target.MigrateAsync();

        var kept = await BalanceCheck.KeptAsync(target);
        Assert.Equal(
        [
            (rows.Puskesmas.Value, "AMX-A", 900L, (decimal?)10.25m),
            (rows.Puskesmas.Value, "AMX-B", 0L, null),
            (rows.Puskesmas.Value, "AMX-C", 10L, 100.5m),
            (other.Puskesmas.Value, "AMX-A", 70L, 8m),
        ], kept.Select(l => (l.Facility, l.Batch, l.Quantity, l.Price)).OrderBy(l => l.Facility == rows.Puskesmas.Value ? 0 : 1).ThenBy(l => l.Batch, StringComparer.Ordinal));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(target));
    }

    [Fact]
    public async Task Save_AfterTheBackfill_AddsToTheBackfilledBalanceRatherThanStartingAnother()
    {
        var target = await database.EmptyAsync();
        await target.MigrateAsync(BeforeBalances);
        var rows = await LedgerRows.SaveAsync(target);
        await WriteAsOf0008Async(target, Priced(rows.Movement(MovementKind.Receipt, 1000, "AMX-A"), 10.25m));
        await target.MigrateAsync();

        await using (var db = target.CreateDbContext())
        {
            db.StockMovements.Add(Priced(rows.Movement(MovementKind.Issue, -250, "AMX-A"), 9.5m));
            await db.SaveChangesAsync();
        }

        var kept = Assert.Single(await BalanceCheck.KeptAsync(target));
        Assert.Equal((750L, (decimal?)10.25m), (kept.Quantity, kept.Price));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(target));
    }

    [Fact]
    public async Task Migrate_Down0009AndUpAgain_RebuildsTheBalancesTheSavesHadKept()
    {
        var target = await database.FreshAsync();
        var rows = await LedgerRows.SaveAsync(target);
        await using (var db = target.CreateDbContext())
        {
            db.StockMovements.AddRange(
                Priced(rows.Movement(MovementKind.Receipt, 400, "AMX-A"), 9.5m),
                Priced(rows.Movement(MovementKind.Issue, -120, "AMX-A"), 11m),
                rows.Movement(MovementKind.Receipt, 30, "AMX-B"));
            await db.SaveChangesAsync();
        }
        var keptBySaves = await BalanceCheck.KeptAsync(target);

        await target.MigrateAsync(BeforeBalances);
        await target.MigrateAsync();

        Assert.Equal(keptBySaves, await BalanceCheck.KeptAsync(target));
        Assert.Equal(2, keptBySaves.Count);
    }

    private static StockMovement Priced(StockMovement movement, decimal price)
    {
        movement.UnitPrice = price;
        return movement;
    }

    /// <summary>Writes movements as a 0008 database got them: with the save's own INSERT, and no balances to keep.</summary>
    private static async Task WriteAsOf0008Async(RequisitionDatabase target, params StockMovement[] movements)
    {
        await using var db = target.CreateDbContext();
        var plan = InsertPlan.For(db.Model.FindEntityType(typeof(StockMovement))!, db.GetService<ISqlGenerationHelper>(), positional: false);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = plan.Sql;
        var parameters = plan.CreateParameters(command);
        command.Parameters.AddRange(parameters);
        foreach (var movement in movements)
        {
            plan.Bind(parameters, movement);
            await command.ExecuteScalarAsync();
        }
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : StockBalanceBackfillTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StockBalanceBackfillTests(server.DatabaseFor(typeof(OnPostgres)));
}
