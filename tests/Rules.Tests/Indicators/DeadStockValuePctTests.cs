using Requisition.Rules.Indicators;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Indicators;

public sealed class DeadStockValuePctTests
{
    [Fact]
    public void Compute_HalfTheStockValueUnusedForThreeMonths_Gives50Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("DEAD", price: 1000m).Item("LIVE", price: 500m)
            .Month("DEAD", "2024-01", used: 5, closing: 10)
            .Month("DEAD", "2024-02", closing: 10)
            .Month("DEAD", "2024-03", closing: 10)
            .Month("DEAD", "2024-04", closing: 10)
            .Steady("LIVE", 2024, usedPerMonth: 5, closing: 20, months: 4)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("Rp 10,000 in 1 item unused for the last 3 months, of Rp 20,000", result.Basis);
    }

    [Fact]
    public void Compute_UseInOneOfTheLastThreeMonths_IsNotDead()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 1000m)
            .Month("A", "2024-01", closing: 10)
            .Month("A", "2024-02", used: 1, closing: 10)
            .Month("A", "2024-03", closing: 10)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_FewerMonthsThanTheDeadStockWindow_IsNotCalledDead()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 1000m)
            .Month("A", "2024-02", closing: 10)
            .Month("A", "2024-03", closing: 10)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
    }

    [Fact]
    public void Compute_MonthMissingInsideTheWindow_IsNotCalledDead()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 1000m)
            .Month("A", "2024-01", closing: 10)
            .Month("A", "2024-02", closing: 10)
            .Month("A", "2024-04", closing: 10)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
    }

    [Fact]
    public void Compute_ShorterWindowInThresholds_CallsTwoIdleMonthsDead()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 1000m)
            .Month("A", "2024-02", closing: 10)
            .Month("A", "2024-03", closing: 10)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.With(ThresholdNames.DeadStockMonths, 2))!;

        Assert.Equal(100m, result.Value);
    }

    [Fact]
    public void Compute_NoStockLeft_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A")
            .Month("A", "2024-01", used: 10)
            .Scope();

        var result = DeadStockValuePct.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
