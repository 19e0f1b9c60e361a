using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class StockoutTimeTests
{
    [Fact]
    public void Compute_SeedExampleOf36And64And123Days_Gives20Percent()
    {
        // Seed 002: (36 + 64 + 123) / (365 x 3) x 100 = 20 %.
        var scope = new IndicatorDataBuilder()
            .Year("PCT500", 2023, received: 1500, used: 700, stockoutDays: 36)
            .Year("KTM480", 2023, received: 1000, used: 500, stockoutDays: 64)
            .Year("AMP500", 2023, received: 750, used: 375, stockoutDays: 123)
            .IndicatorDrugs("PCT500", "KTM480", "AMP500")
            .Scope("2023-01", "2023-12");

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(20m, Math.Round(result.Value!.Value));
        Assert.Equal(223m * 100m / 1095m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("3 indicator items x 365 days", result.Basis);
    }

    [Fact]
    public void Compute_LeapYear_DividesBy366Days()
    {
        var scope = new IndicatorDataBuilder()
            .Year("A", 2024, received: 100, used: 50, stockoutDays: 183)
            .Scope();

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
    }

    [Fact]
    public void Compute_QuarterRange_DividesByTheDaysOfThatQuarter()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2023-01", used: 10, stockoutDays: 9)
            .Month("A", "2023-02", used: 10)
            .Month("A", "2023-03", used: 10)
            .Month("A", "2023-04", used: 10, stockoutDays: 30)
            .Scope("2023-01", "2023-03");

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(10m, result.Value); // 9 / 90 days
    }

    [Fact]
    public void Compute_IndicatorDrugSetGiven_CountsOnlyItsItemsAndNamesTheMissingOnes()
    {
        var scope = new IndicatorDataBuilder()
            .Year("A", 2023, received: 100, used: 50, stockoutDays: 73)
            .Year("B", 2023, received: 100, used: 50, stockoutDays: 365)
            .IndicatorDrugs("A", "C")
            .Scope();

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(20m, result.Value);
        Assert.Contains("1 indicator drug without history left out", result.Basis);
    }

    [Fact]
    public void Compute_NoStockoutDays_MeetsTheZeroStandard()
    {
        var scope = new IndicatorDataBuilder().Year("A", 2023, received: 100, used: 50).Scope();

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
        Assert.Equal("0 %", result.Standard);
    }

    [Fact]
    public void Compute_OnlyLplpoLines_IsOmittedForLackOfStockoutDays()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2023-01", used: 10).Scope();

        Assert.Null(StockoutTime.Compute(scope, IndicatorThresholds.Default));
    }

    [Fact]
    public void Compute_NoIndicatorDrugHasHistory_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Year("A", 2023, received: 100, used: 50)
            .IndicatorDrugs("Z")
            .Scope();

        var result = StockoutTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
