using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class ItorTests
{
    [Fact]
    public void Compute_AYearsUseOfTwelveTimesTheAverageStock_Gives12AndMeets()
    {
        // 100 used a month at Rp 100 = Rp 120,000 a year; stock of 100 every month = Rp 10,000 on average.
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m)
            .Steady("A", 2024, usedPerMonth: 100, closing: 100)
            .Scope();

        var result = Itor.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(12m, result.Value);
        Assert.Equal("times/year", result.Unit);
        Assert.Equal("12 times/year", result.Standard);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_StandardRaisedByTheDistrict_TwelveTimesNoLongerMeets()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m)
            .Steady("A", 2024, usedPerMonth: 100, closing: 100)
            .Scope();

        var result = Itor.Compute(scope, IndicatorThresholds.With(Requisition.Rules.Thresholds.ThresholdNames.ItorMinTimesPerYear, 15))!;

        Assert.Equal("15 times/year", result.Standard);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_HalfYear_AnnualisesTheUse()
    {
        // Rp 60,000 in 6 months = Rp 120,000 a year, against Rp 20,000 average stock.
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m)
            .Steady("A", 2024, usedPerMonth: 100, closing: 200, months: 6)
            .Scope();

        var result = Itor.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(6m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("x 12/6 months", result.Basis);
    }

    [Fact]
    public void Compute_AverageStock_IsTheMeanOfEachMonthsTotalValue()
    {
        // Month values: Jan 10x100 + 10x50 = 1,500; Feb 30x100 + 10x50 = 3,500; mean 2,500.
        // Use: (10 + 10) x 100 + (5 + 5) x 50 = 2,500 in 2 months = 15,000 a year.
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m).Item("B", price: 50m)
            .Month("A", "2024-01", used: 10, closing: 10)
            .Month("A", "2024-02", used: 10, closing: 30)
            .Month("B", "2024-01", used: 5, closing: 10)
            .Month("B", "2024-02", used: 5, closing: 10)
            .Scope();

        var result = Itor.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(6m, result.Value);
    }

    [Fact]
    public void Compute_NoStockHeld_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A", price: 100m)
            .Month("A", "2024-01", received: 10, used: 10, closing: 0)
            .Scope();

        var result = Itor.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
