using Requisition.Rules.Indicators;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Indicators;

public sealed class StockCategorySharesTests
{
    // Six items using 10 a month (except the idle two): 0.5, 5, 15 and 30 months of stock,
    // one idle item holding stock and one idle item holding none.
    private static IndicatorScope SixItems() => new IndicatorDataBuilder()
        .Steady("OUT", 2024, usedPerMonth: 10, closing: 5)
        .Steady("SHORT", 2024, usedPerMonth: 10, closing: 50)
        .Steady("SAFE", 2024, usedPerMonth: 10, closing: 150)
        .Steady("EXCESS", 2024, usedPerMonth: 10, closing: 300)
        .Steady("IDLE_STOCKED", 2024, usedPerMonth: 0, closing: 40)
        .Steady("IDLE_EMPTY", 2024, usedPerMonth: 0, closing: 0)
        .Scope();

    [Fact]
    public void Compute_OutCategory_CountsUnderOneMonthAndIdleEmptyItems()
    {
        var result = ItemsOutPct.Compute(SixItems(), IndicatorThresholds.Default)!;

        Assert.Equal(200m / 6m, result.Value);
        Assert.Equal("0 %", result.Standard);
        Assert.False(result.Meets);
        Assert.Contains("2 of 6 items out", result.Basis);
    }

    [Fact]
    public void Compute_ShortCategory_CountsOneToUnderTwelveMonths()
    {
        var result = ItemsShortPct.Compute(SixItems(), IndicatorThresholds.Default)!;

        Assert.Equal(100m / 6m, result.Value);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_SafeCategory_HasNoPassOrFailStandard()
    {
        var result = ItemsSafePct.Compute(SixItems(), IndicatorThresholds.Default)!;

        Assert.Equal(100m / 6m, result.Value);
        Assert.Equal("-", result.Standard);
        Assert.Null(result.Meets);
    }

    [Fact]
    public void Compute_ExcessCategory_CountsOverEighteenMonthsAndIdleStockedItems()
    {
        var result = ItemsExcessPct.Compute(SixItems(), IndicatorThresholds.Default)!;

        Assert.Equal(200m / 6m, result.Value);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_FourCategories_AddUpTo100Percent()
    {
        var scope = SixItems();
        var t = IndicatorThresholds.Default;

        var total = ItemsOutPct.Compute(scope, t)!.Value + ItemsShortPct.Compute(scope, t)!.Value
            + ItemsSafePct.Compute(scope, t)!.Value + ItemsExcessPct.Compute(scope, t)!.Value;

        Assert.Equal(100m, Math.Round(total!.Value, 10));
    }

    [Fact]
    public void Compute_ExcessLimitRaised_MovesThirtyMonthsIntoSafe()
    {
        var thresholds = IndicatorThresholds.With(ThresholdNames.ExcessMonths, 36);

        var safe = ItemsSafePct.Compute(SixItems(), thresholds)!;

        Assert.Equal(200m / 6m, safe.Value);
    }

    [Fact]
    public void Compute_NoExcessItems_MeetsZeroPercent()
    {
        var scope = new IndicatorDataBuilder().Steady("SAFE", 2024, usedPerMonth: 10, closing: 150).Scope();

        var result = ItemsExcessPct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_NoStockFigures_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Item("A").Scope();

        Assert.Null(ItemsOutPct.Compute(scope, IndicatorThresholds.Default));
    }
}
