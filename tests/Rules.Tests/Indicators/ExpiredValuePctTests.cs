using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class ExpiredValuePctTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    [Fact]
    public void Compute_ExpiredBatchWorth1000OfAll4000_Gives25Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m)
            .Batch("A", new DateOnly(2024, 5, 31), quantity: 10, unitPrice: 100m)
            .Batch("A", new DateOnly(2026, 1, 31), quantity: 30) // catalog price
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(25m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("Rp 1,000 in 1 expired batch of Rp 4,000", result.Basis);
    }

    [Fact]
    public void Compute_BatchExpiringOnTheAsOfDate_IsNotYetExpired()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("A", AsOf, quantity: 10, unitPrice: 100m)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_EmptiedExpiredBatch_IsNotCounted()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("A", new DateOnly(2024, 1, 31), quantity: 0, unitPrice: 100m)
            .Batch("A", new DateOnly(2026, 1, 31), quantity: 10, unitPrice: 100m)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
    }

    [Fact]
    public void Compute_BatchWithNoPriceAnywhere_IsLeftOut()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("UNPRICED", new DateOnly(2024, 1, 31), quantity: 10)
            .Batch("A", new DateOnly(2026, 1, 31), quantity: 10, unitPrice: 100m)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.Contains("1 batch with no price left out", result.Basis);
    }

    [Fact]
    public void Compute_NoBatches_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Item("A").Scope();

        Assert.Null(ExpiredValuePct.Compute(scope, IndicatorThresholds.Default));
    }
}
