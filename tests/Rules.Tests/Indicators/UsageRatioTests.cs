using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class UsageRatioTests
{
    [Fact]
    public void Compute_SeedExampleOfThreeIndicatorDrugs_AveragesTo49Percent()
    {
        // Seed 002: paracetamol, cotrimoxazole, ampicillin received 1500/1000/750, issued 700/500/375 in a year.
        var scope = new IndicatorDataBuilder()
            .Year("PCT500", 2023, received: 1500, used: 700)
            .Year("KTM480", 2023, received: 1000, used: 500)
            .Year("AMP500", 2023, received: 750, used: 375)
            .IndicatorDrugs("PCT500", "KTM480", "AMP500")
            .Scope("2023-01", "2023-12");

        var result = UsageRatio.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(49m, Math.Round(result.Value!.Value));
        Assert.Equal(48.89m, Math.Round(result.Value.Value, 2)); // (46.67 + 50 + 50) / 3 before rounding
        Assert.Equal("%", result.Unit);
    }

    [Fact]
    public void Compute_ItemWithNothingReceived_IsLeftOutOfTheMean()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", received: 100, used: 50, closing: 50)
            .Month("B", "2024-01", received: 0, used: 20, closing: 80)
            .Scope();

        var result = UsageRatio.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
        Assert.Contains("1 item with nothing received left out", result.Basis);
    }

    [Fact]
    public void Compute_IndicatorDrugSetGiven_AveragesOnlyItsItems()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", received: 100, used: 80, closing: 20)
            .Month("B", "2024-01", received: 100, used: 10, closing: 90)
            .IndicatorDrugs("A")
            .Scope();

        var result = UsageRatio.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(80m, result.Value);
    }

    [Fact]
    public void Compute_NothingReceivedByAnyItem_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", used: 20, closing: 80)
            .Scope();

        var result = UsageRatio.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }

    [Fact]
    public void Compute_AnyFigure_HasNoPassOrFailOnlyHigherIsBetter()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", received: 100, used: 100)
            .Scope();

        var result = UsageRatio.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal("higher is better", result.Standard);
        Assert.Null(result.Meets);
    }
}
