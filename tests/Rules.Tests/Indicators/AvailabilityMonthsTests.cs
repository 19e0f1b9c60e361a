using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class AvailabilityMonthsTests
{
    [Fact]
    public void Compute_FifteenAndSixMonthsOfStock_AveragesTo10Point5AndFails()
    {
        var scope = new IndicatorDataBuilder()
            .Steady("A", 2024, usedPerMonth: 10, closing: 150)
            .Steady("B", 2024, usedPerMonth: 10, closing: 60)
            .Scope();

        var result = AvailabilityMonths.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(10.5m, result.Value);
        Assert.Equal("months", result.Unit);
        Assert.Equal("12-18 months", result.Standard);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_FifteenMonthsOfStock_MeetsThe12To18MonthStandard()
    {
        var scope = new IndicatorDataBuilder().Steady("A", 2024, usedPerMonth: 10, closing: 150).Scope();

        var result = AvailabilityMonths.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(15m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_LatestClosing_IsTheLastMonthOfTheRange()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", used: 10, closing: 40)
            .Month("A", "2024-02", used: 10, closing: 30)
            .Month("A", "2024-03", used: 10, closing: 999)
            .Scope("2024-01", "2024-02");

        var result = AvailabilityMonths.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(3m, result.Value);
    }

    [Fact]
    public void Compute_ItemWithNoUse_IsLeftOutOfTheMean()
    {
        var scope = new IndicatorDataBuilder()
            .Steady("A", 2024, usedPerMonth: 10, closing: 150)
            .Month("IDLE", "2024-12", closing: 500)
            .Scope();

        var result = AvailabilityMonths.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(15m, result.Value);
        Assert.Contains("1 item with no use left out", result.Basis);
    }

    [Fact]
    public void Compute_NoItemUsedAtAll_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder().Month("IDLE", "2024-12", closing: 500).Scope();

        var result = AvailabilityMonths.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
    }
}
