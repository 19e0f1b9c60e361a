using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class RequestConformityTests
{
    [Fact]
    public void Compute_Requested330AgainstThreeMonthsOfA1200Plan_Gives110PercentWithinTolerance()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Lplpo("A", "2024-01", requested: 100)
            .Lplpo("A", "2024-02", requested: 100)
            .Lplpo("A", "2024-03", requested: 130)
            .Scope();

        var result = RequestConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(110m, result.Value); // 330 / (1200 / 12 x 3)
        Assert.Equal("100 % (± 20 %)", result.Standard);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_RequestsFarAbovePlan_FailsTheStandard()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Lplpo("A", "2024-01", requested: 150)
            .Scope();

        var result = RequestConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(150m, result.Value);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_ItemsMonths_ArePlannedPerItem()
    {
        // A is reported for two months, B for one: plan = 1200/12 x 2 + 600/12 x 1 = 250.
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200).Rko("B", 600)
            .Lplpo("A", "2024-01", requested: 100)
            .Lplpo("A", "2024-02", requested: 100)
            .Lplpo("B", "2024-02", requested: 50)
            .Scope();

        var result = RequestConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.Contains("3 item-months", result.Basis);
    }

    [Fact]
    public void Compute_RequestedItemWithoutRkoLine_IsLeftOut()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Lplpo("A", "2024-01", requested: 100)
            .Lplpo("UNPLANNED", "2024-01", requested: 999)
            .Scope();

        var result = RequestConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.Contains("1 requested item without an RKO line left out", result.Basis);
    }

    [Fact]
    public void Compute_NoLplpoInRange_IsOmitted()
    {
        var scope = new IndicatorDataBuilder()
            .Rko("A", 1200)
            .Lplpo("A", "2023-12", requested: 100)
            .Scope("2024-01", "2024-12");

        Assert.Null(RequestConformity.Compute(scope, IndicatorThresholds.Default));
    }
}
