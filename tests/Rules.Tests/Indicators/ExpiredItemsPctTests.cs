using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class ExpiredItemsPctTests
{
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    [Fact]
    public void Compute_OneOfTwoItemsHoldsAnExpiredBatch_Gives50Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("A", new DateOnly(2024, 3, 31), quantity: 5)
            .Batch("A", new DateOnly(2026, 3, 31), quantity: 50)
            .Batch("B", new DateOnly(2026, 3, 31), quantity: 50)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredItemsPct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("1 of 2 items", result.Basis);
    }

    [Fact]
    public void Compute_NoExpiredBatch_MeetsZeroPercent()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("A", new DateOnly(2026, 3, 31), quantity: 50)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredItemsPct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_OnlyEmptiedBatches_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Batch("A", new DateOnly(2024, 3, 31), quantity: 0)
            .AsOf(AsOf)
            .Scope();

        var result = ExpiredItemsPct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
    }
}
