using Requisition.Rules.Planning;

namespace Requisition.Rules.Tests.Planning;

public sealed class MonthsOfStockTests
{
    [Fact]
    public void Compute_StockOverAverageMonthlyUse_GivesTheMonthsItLasts()
    {
        Assert.Equal(18m, MonthsOfStock.Compute(stock: 1800, averageMonthlyUse: 100m));
        Assert.Equal(0.99m, MonthsOfStock.Compute(stock: 99, averageMonthlyUse: 100m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Compute_NoUse_HasNoMeasure(int averageMonthlyUse)
    {
        Assert.Null(MonthsOfStock.Compute(stock: 500, averageMonthlyUse));
    }

    [Fact]
    public void Compute_NegativeStock_CountsAsNone()
    {
        Assert.Equal(0m, MonthsOfStock.Compute(stock: -20, averageMonthlyUse: 100m));
    }

    [Theory]
    [InlineData("0", StockCategory.Out)]
    [InlineData("0.99", StockCategory.Out)]
    [InlineData("1", StockCategory.Short)]
    [InlineData("11.99", StockCategory.Short)]
    [InlineData("12", StockCategory.Safe)]
    [InlineData("18", StockCategory.Safe)]
    [InlineData("18.01", StockCategory.Excess)]
    public void Categorize_DefaultLimits_PutsTheEdgesWhereTheIndicatorsDo(string months, StockCategory expected)
    {
        var value = decimal.Parse(months, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, MonthsOfStock.Categorize(value, outBelowMonths: 1m, safeFromMonths: 12m, excessAboveMonths: 18m));
    }
}
