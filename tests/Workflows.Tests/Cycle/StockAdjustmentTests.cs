using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>A pharmacist corrects the puskesmas's stock card: a loss out of a batch, never below zero, with a reason.</summary>
public abstract class StockAdjustmentTests(TestDatabase database)
{
    [Fact]
    public async Task Loss_OfPartOfABatch_LeavesTheRestOnTheCard()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var pharmacist = district.Pharmacist(0);
        var batch = (await district.Host.Queries.StockAsync(pharmacist, pharmacist.FacilityId!)).First(b => b.Quantity > 5);

        var result = await district.Host.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput(batch.DrugCode, batch.Batch, 5, StockCommands.Loss, "Botol pecah"));

        Assert.Equal((-5L, batch.Quantity - 5), (result.Quantity, result.BalanceAfter));
        var after = (await district.Host.Queries.StockAsync(pharmacist, pharmacist.FacilityId!)).Single(b => b.DrugCode == batch.DrugCode && b.Batch == batch.Batch);
        Assert.Equal(batch.Quantity - 5, after.Quantity);
    }

    [Fact]
    public async Task Loss_MoreThanTheBatchHolds_IsRefusedAndTheCardStaysAsItWas()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var pharmacist = district.Pharmacist(0);
        var before = await district.Host.Queries.StockAsync(pharmacist, pharmacist.FacilityId!);
        var batch = before[0];

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput(batch.DrugCode, batch.Batch, batch.Quantity + 1, StockCommands.Loss, "kedaluwarsa")));

        Assert.Equal("quantity", Assert.Single(refused.Errors).Field);
        Assert.Equal(before, await district.Host.Queries.StockAsync(pharmacist, pharmacist.FacilityId!));
    }

    [Fact]
    public async Task Adjust_WithoutReasonOrOnAnUnknownBatch_IsRefusedAtTheField()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var pharmacist = district.Pharmacist(0);

        var noReason = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput("OBT-001", "X", 1, StockCommands.Loss, " ")));
        var unknown = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Stock.AdjustAsync(pharmacist, new StockAdjustmentInput("OBT-001", "NO-SUCH-BATCH", 1, StockCommands.Loss, "rusak")));

        Assert.Equal("reason", Assert.Single(noReason.Errors).Field);
        Assert.Equal("batch", Assert.Single(unknown.Errors).Field);
    }

    [Fact]
    public async Task Adjust_AnotherFacilitysCard_IsNotPossibleBecauseTheCardIsTheActorsOwn()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var other = district.Pharmacist(1);
        var theirs = await Ledger.BalancesAsync(district.Database.CreateDbContext(), new FacilityId(district.Seeded.Puskesmas[0].Id));
        var batch = theirs.First(b => !b.Batch.StartsWith("R", StringComparison.Ordinal));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Host.Stock.AdjustAsync(other, new StockAdjustmentInput(batch.DrugCode.Value, batch.Batch, 1, StockCommands.Loss, "rusak")));

        Assert.Equal("batch", Assert.Single(refused.Errors).Field);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : StockAdjustmentTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : StockAdjustmentTests(server.DatabaseFor(typeof(OnPostgres)));
}
