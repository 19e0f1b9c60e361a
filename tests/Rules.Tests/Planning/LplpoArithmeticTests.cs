using Requisition.Rules.Planning;

namespace Requisition.Rules.Tests.Planning;

public sealed class LplpoArithmeticTests
{
    [Fact]
    public void Closing_DomainLineExample_IsSupplyLessUseAndLosses()
    {
        // stok awal 120 + penerimaan 200 = persediaan 320; pemakaian 150, rusak/ED 5: sisa stok 165.
        Assert.Equal(320, LplpoArithmetic.Supply(opening: 120, received: 200));
        Assert.Equal(165, LplpoArithmetic.Closing(opening: 120, received: 200, used: 150, lost: 5));
    }

    [Fact]
    public void Closing_MoreOutThanIn_IsNegativeSoTheBalanceCheckCanCatchIt()
    {
        Assert.Equal(-10, LplpoArithmetic.Closing(opening: 10, received: 0, used: 20, lost: 0));
    }

    [Fact]
    public void Optimum_DefaultPeriodLeadTimeAndSafety_IsTwoMonthsOfUse()
    {
        // 100 a month x (1 + 0.5 + 0.5) months.
        Assert.Equal(200, LplpoArithmetic.Optimum(100m, periodMonths: 1m, leadTimeMonths: 0.5m, safetyMonths: 0.5m));
    }

    [Theory]
    [InlineData("33.3", 67)]   // 66.6 rounds up: no part tablets
    [InlineData("33.25", 67)]  // 66.5
    [InlineData("33.5", 67)]   // exactly 67
    [InlineData("0.01", 1)]
    public void Optimum_FractionalResult_RoundsUpToWholeUnits(string averageMonthlyUse, long expected)
    {
        var amu = decimal.Parse(averageMonthlyUse, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, LplpoArithmetic.Optimum(amu, 1m, 0.5m, 0.5m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Optimum_NoUse_IsZero(int averageMonthlyUse)
    {
        Assert.Equal(0, LplpoArithmetic.Optimum(averageMonthlyUse, 1m, 0.5m, 0.5m));
    }

    [Theory]
    [InlineData(200, 60, 140)]
    [InlineData(200, 200, 0)]
    [InlineData(200, 350, 0)] // more than the optimum on hand: request nothing, never a negative request
    public void DefaultRequest_OptimumLessClosing_IsNeverBelowZero(long optimum, long closing, long expected)
    {
        Assert.Equal(expected, LplpoArithmetic.DefaultRequest(optimum, closing));
    }
}
