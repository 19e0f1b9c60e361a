using Requisition.Rules.Planning;

namespace Requisition.Rules.Tests.Planning;

/// <summary>Stock-out months are adjusted for the days out of stock (used x D / (D - s)); months out all month are left out.</summary>
public sealed class AverageMonthlyUseTests
{
    [Fact]
    public void AdjustedUse_TenOfThirtyDaysOut_ScalesTheMonthUpToThirtyDays()
    {
        // April has 30 days: 60 used in 20 days with stock is a demand of 90.
        Assert.Equal(90m, AverageMonthlyUse.AdjustedUse(used: 60, daysInMonth: 30, stockoutDays: 10));
    }

    [Fact]
    public void AdjustedUse_NoStockoutDays_IsTheUseAsReported()
    {
        Assert.Equal(60m, AverageMonthlyUse.AdjustedUse(used: 60, daysInMonth: 30, stockoutDays: 0));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    public void AdjustedUse_OutOfStockAllMonth_SaysNothingAboutDemand(int stockoutDays)
    {
        Assert.Null(AverageMonthlyUse.AdjustedUse(used: 0, daysInMonth: 30, stockoutDays: stockoutDays));
    }

    [Fact]
    public void AdjustedUse_NegativeStockoutDays_CountAsNone()
    {
        Assert.Equal(60m, AverageMonthlyUse.AdjustedUse(used: 60, daysInMonth: 30, stockoutDays: -3));
    }

    [Fact]
    public void AdjustedUse_MonthWithoutDays_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AverageMonthlyUse.AdjustedUse(used: 60, daysInMonth: 0, stockoutDays: 0));
    }

    [Fact]
    public void Compute_ThreeMonthsOneWithStockoutDays_AveragesTheAdjustedMonths()
    {
        var history = new[]
        {
            new UsageMonth(2026, 1, Used: 100, StockoutDays: 0),
            new UsageMonth(2026, 2, Used: 50, StockoutDays: 14), // 28 days: 50 x 28 / 14 = 100
            new UsageMonth(2026, 3, Used: 70, StockoutDays: 0),
        };

        Assert.Equal(90m, AverageMonthlyUse.Compute(history));
    }

    [Fact]
    public void Compute_MonthOutOfStockAllMonth_IsLeftOutOfTheAverage()
    {
        var history = new[]
        {
            new UsageMonth(2026, 1, Used: 100, StockoutDays: 0),
            new UsageMonth(2026, 2, Used: 0, StockoutDays: 28),
            new UsageMonth(2026, 3, Used: 80, StockoutDays: 0),
        };

        Assert.Equal(90m, AverageMonthlyUse.Compute(history));
    }

    [Fact]
    public void Compute_ThirteenMonths_UsesOnlyTheLatestTwelveWhateverTheOrder()
    {
        // February 2025 to January 2026 used 100 each; January 2025 (1300) is the thirteenth month back.
        var latestTwelve = Enumerable.Range(0, 12).Select(i => new UsageMonth(2025 + (i + 1) / 12, (i + 1) % 12 + 1, 100, 0)).ToList();
        var history = latestTwelve.Take(6).Append(new UsageMonth(2025, 1, Used: 1300, StockoutDays: 0)).Concat(latestTwelve.Skip(6));

        Assert.Equal(100m, AverageMonthlyUse.Compute(history));
    }

    [Fact]
    public void Compute_NoMonthThatCounts_IsZero()
    {
        Assert.Equal(0m, AverageMonthlyUse.Compute([]));
        Assert.Equal(0m, AverageMonthlyUse.Compute([new UsageMonth(2026, 2, Used: 0, StockoutDays: 28)]));
    }
}
