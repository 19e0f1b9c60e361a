using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// Every save that adds stock movements adds them to the batch balances (stock_balances) in the same transaction:
/// quantities summed per facility, item, batch, expiry and funding source, the price the highest one known, as the sum
/// and the MAX over the movements would give.
/// </summary>
public abstract class StockBalanceUpkeepTests(TestDatabase database)
{
    [Fact]
    public async Task Save_MovementsOfOneBatchInOneSaveAndAcrossSaves_KeepsTheirSum()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        await SaveAsync(migrated, rows.Movement(MovementKind.Receipt, 1000), rows.Movement(MovementKind.Issue, -350));
        await SaveAsync(migrated, rows.Movement(MovementKind.Loss, -20));

        var kept = Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows));
        Assert.Equal(("AMX-2611", 630L), (kept.Batch, kept.Quantity));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_BatchesDifferingOnlyInExpiryOrFundingSource_KeepsABalanceForEach()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var later = rows.Movement(MovementKind.Receipt, 40);
        later.Expiry = later.Expiry.AddMonths(6);
        var dak = rows.Movement(MovementKind.Receipt, 7);
        dak.FundSource = FundSource.Dak;

        await SaveAsync(migrated, rows.Movement(MovementKind.Receipt, 100), later, dak);

        Assert.Equal([(FundSource.ApbdII, 100L), (FundSource.Dak, 7L), (FundSource.ApbdII, 40L)],
            Mine(await BalanceCheck.KeptAsync(migrated), rows).OrderBy(l => l.Expiry).ThenBy(l => l.Source).Select(l => (l.Source, l.Quantity)));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_ABatchIssuedToZero_KeepsItsBalanceAtZero()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        await SaveAsync(migrated, rows.Movement(MovementKind.Receipt, 60, "AMX-EMPTY"), rows.Movement(MovementKind.Issue, -60, "AMX-EMPTY"));

        Assert.Equal(0, Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows)).Quantity);
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_PricesAcrossSaves_KeepsTheHighestComparedAsNumbersNotText()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        // As text '9.5' > '10.25' > '100.5'; as numbers it is the other way round.
        await SaveAsync(migrated, Priced(rows, 100, 9.5m));
        Assert.Equal(9.5m, Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows)).Price);
        await SaveAsync(migrated, Priced(rows, 10, 10.25m));
        Assert.Equal(10.25m, Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows)).Price);
        await SaveAsync(migrated, Priced(rows, 1, 100.5m));
        await SaveAsync(migrated, Priced(rows, -5, 9.75m));

        var kept = Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows));
        Assert.Equal((106L, (decimal?)100.5m), (kept.Quantity, kept.Price));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_NoPriceThenAPriceThenNoPrice_KeepsNullUntilAPriceIsKnownAndThenKeepsIt()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        await SaveAsync(migrated, Priced(rows, 100, null));
        Assert.Null(Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows)).Price);
        await SaveAsync(migrated, Priced(rows, 10, 12.5m));
        Assert.Equal(12.5m, Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows)).Price);
        await SaveAsync(migrated, Priced(rows, -30, null));

        var kept = Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows));
        Assert.Equal((80L, (decimal?)12.5m), (kept.Quantity, kept.Price));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_PricedAndUnpricedMovementsOfOneBatchInOneSave_KeepsTheHighestPrice()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);

        await SaveAsync(migrated, Priced(rows, 5, null), Priced(rows, 5, 20m), Priced(rows, 5, 3m), Priced(rows, 5, null));

        var kept = Assert.Single(Mine(await BalanceCheck.KeptAsync(migrated), rows));
        Assert.Equal((20L, (decimal?)20m), (kept.Quantity, kept.Price));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    [Fact]
    public async Task Save_ConcurrentSavesOnTheSameBatchesInOppositeOrders_AddEverySaveAndNeitherDeadlocks()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        const int Writers = 4, SavesEach = 10;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < SavesEach; i++)
            {
                var batches = writer % 2 == 0 ? new[] { "AMX-A", "AMX-B" } : ["AMX-B", "AMX-A"];
                await SaveAsync(migrated, batches.Select(b => rows.Movement(MovementKind.Receipt, 1, b)).ToArray());
            }
        })));

        Assert.Equal([("AMX-A", (long)Writers * SavesEach), ("AMX-B", (long)Writers * SavesEach)],
            Mine(await BalanceCheck.KeptAsync(migrated), rows).Select(l => (l.Batch, l.Quantity)));
        Assert.Equal("", await BalanceCheck.DifferenceAsync(migrated, rows.Puskesmas.Value));
    }

    private static StockMovement Priced(LedgerRows rows, long quantity, decimal? price)
    {
        var movement = rows.Movement(quantity > 0 ? MovementKind.Receipt : MovementKind.Issue, quantity);
        movement.UnitPrice = price;
        return movement;
    }

    private static IEnumerable<BalanceCheck.Line> Mine(IEnumerable<BalanceCheck.Line> lines, LedgerRows rows) =>
        lines.Where(l => l.Facility == rows.Puskesmas.Value);

    private static async Task SaveAsync(RequisitionDatabase migrated, params StockMovement[] movements)
    {
        await using var db = migrated.CreateDbContext();
        db.StockMovements.AddRange(movements);
        await db.SaveChangesAsync();
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : StockBalanceUpkeepTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StockBalanceUpkeepTests(server.DatabaseFor(typeof(OnPostgres)));
}
