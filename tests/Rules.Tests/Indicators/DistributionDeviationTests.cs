using Requisition.Rules.Indicators;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Indicators;

public sealed class DistributionDeviationTests
{
    [Fact]
    public void Compute_Requested120Given100_Gives20PercentAndFails()
    {
        var scope = new IndicatorDataBuilder()
            .Lplpo("A", "2024-01", requested: 80, given: 60)
            .Lplpo("B", "2024-01", requested: 40, given: 40)
            .Lplpo("C", "2024-01", requested: 500) // not reviewed yet
            .Scope();

        var result = DistributionDeviation.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(20m, result.Value);
        Assert.Equal("0 %", result.Standard);
        Assert.False(result.Meets);
        Assert.Contains("2 reviewed LPLPO lines", result.Basis);
    }

    [Fact]
    public void Compute_EverythingGivenAsRequested_MeetsZeroPercent()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2024-01", requested: 80, given: 80).Scope();

        var result = DistributionDeviation.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(0m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_DeviationWithinTheApprovalTolerance_Meets()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2024-01", requested: 110, given: 100).Scope();

        var result = DistributionDeviation.Compute(scope, IndicatorThresholds.With(ThresholdNames.ApprovalDeviationPct, 10))!;

        Assert.True(result.Meets);
        Assert.Equal("0 % (± 10 %)", result.Standard);
    }

    [Fact]
    public void Compute_NothingReviewed_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2024-01", requested: 80).Scope();

        Assert.Null(DistributionDeviation.Compute(scope, IndicatorThresholds.Default));
    }

    [Fact]
    public void Compute_NothingGiven_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2024-01", requested: 80, given: 0).Scope();

        var result = DistributionDeviation.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
