using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class ReceiptConformityTests
{
    [Fact]
    public void Compute_EachRequest_IsPairedWithTheNextPeriodsReceipt()
    {
        var scope = new IndicatorDataBuilder()
            .Lplpo("A", "2024-01", requested: 100, received: 999) // January's receipt answers December's request
            .Lplpo("A", "2024-02", requested: 50, received: 90)
            .Lplpo("A", "2024-03", requested: 80, received: 50)
            .Scope();

        var result = ReceiptConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(140m * 100m / 150m, result.Value); // (90 + 50) / (100 + 50)
        Assert.False(result.Meets);
        Assert.Contains("1 line without a next-period LPLPO left out", result.Basis);
    }

    [Fact]
    public void Compute_DeliveryInTheMonthAfterTheRange_StillAnswersTheRequest()
    {
        var scope = new IndicatorDataBuilder()
            .Lplpo("A", "2024-01", requested: 100)
            .Lplpo("A", "2024-02", received: 100)
            .Scope("2024-01", "2024-01");

        var result = ReceiptConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_NoLineHasANextPeriod_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder().Lplpo("A", "2024-01", requested: 100).Scope();

        var result = ReceiptConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
