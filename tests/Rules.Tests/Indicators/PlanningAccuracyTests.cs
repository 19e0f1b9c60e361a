using Requisition.Rules.Indicators;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Indicators;

public sealed class PlanningAccuracyTests
{
    [Fact]
    public void Compute_Planned1200AgainstAYearsUseOf1000_Gives120PercentAndMeets()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Year("A", 2024, received: 1200, used: 1000)
            .Scope("2024-01", "2024-12");

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(120m, result.Value);
        Assert.Equal("100-120 %", result.Standard);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_HalfYearRange_ScalesTheAnnualPlanToSixMonths()
    {
        var builder = new IndicatorDataBuilder().Rko("A", 1200);
        for (var month = 1; month <= 6; month++) builder.Month("A", $"2024-{month:D2}", used: 100);

        var result = PlanningAccuracy.Compute(builder.Scope("2024-01", "2024-06"), IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value); // 1200 x 6/12 = 600 planned, 600 used
        Assert.Contains("1,200 a year x 6/12 months = 600 planned", result.Basis);
    }

    [Theory]
    [InlineData(1300, false)] // 130 %: over-planned
    [InlineData(900, false)]  // 90 %: under-planned
    [InlineData(1100, true)]
    public void Compute_PlanAgainstTheAcceptedBand_MeetsOnlyInside100To120Percent(long planned, bool meets)
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", planned)
            .Year("A", 2024, received: 1000, used: 1000)
            .Scope();

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(meets, result.Meets);
    }

    [Fact]
    public void Compute_WiderBandInThresholds_MovesThePassMark()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1300)
            .Year("A", 2024, received: 1000, used: 1000)
            .Scope();

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.With(ThresholdNames.PlanAccuracyMaxPct, 130))!;

        Assert.True(result.Meets);
        Assert.Equal("100-130 %", result.Standard);
    }

    [Fact]
    public void Compute_UseOfUnplannedItems_IsNotCounted()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Year("A", 2024, received: 1200, used: 1200)
            .Year("UNPLANNED", 2024, received: 5000, used: 5000)
            .Scope();

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
    }

    [Fact]
    public void Compute_PlannedItemsNeverUsed_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Month("A", "2024-01", closing: 100)
            .Scope();

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }

    [Fact]
    public void Compute_NoRko_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Year("A", 2024, received: 10, used: 10).Scope();

        Assert.Null(PlanningAccuracy.Compute(scope, IndicatorThresholds.Default));
    }
}
