using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets.Stock;

/// <summary>Months of stock divides by the history's average monthly use when there is history, else by the period's own use.</summary>
public sealed class MonthsOfStockSourceTests
{
    // 1000 units: 10 months at the period's use of 100, 20 months at the history's average of 50.
    private static readonly LplpoLine Line = Given.Line(used: 100, closing: 1000);

    [Fact]
    public void Run_ItemWithHistory_MeasuresAgainstTheHistoryAverage()
    {
        var flags = Evaluate.At(Steps.Lplpo, [.. Given.HistoryBefore(50, 50, 50), Line]);

        var flag = Assert.Single(flags.Of(ExcessStock.Id));
        Assert.Equal("history", flag.EvidenceOf("average_from"));
        Assert.Equal(50m, flag.EvidenceOf("avg_monthly_use"));
        Assert.Equal(20m, flag.EvidenceOf("months_of_stock"));
    }

    [Fact]
    public void Run_ItemWithoutHistory_MeasuresAgainstThePeriodsOwnUse()
    {
        var flags = Evaluate.At(Steps.Lplpo, Line);

        Assert.Empty(flags.Of(ExcessStock.Id));
    }

    [Fact]
    public void Run_ItemWithoutHistory_QuotesThePeriodAsTheSourceOfTheAverage()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 50, closing: 1000));

        var flag = Assert.Single(flags.Of(ExcessStock.Id));
        Assert.Equal("period", flag.EvidenceOf("average_from"));
        Assert.Equal(50m, flag.EvidenceOf("avg_monthly_use"));
    }

    [Fact]
    public void Run_HistoryWithStockoutDays_ScalesThoseMonthsUpBeforeAveraging()
    {
        // February 2026 has 28 days; 25 used in the 14 days with stock is a demand of 50 for the month.
        var history = new[]
        {
            Given.Month(Given.March.AddMonths(-2), used: 50),
            Given.Month(Given.March.AddMonths(-1), used: 25, stockoutDays: 14),
        };

        var flags = Evaluate.At(Steps.Lplpo, [.. history, Line]);

        Assert.Equal(50m, Assert.Single(flags.Of(ExcessStock.Id)).EvidenceOf("avg_monthly_use"));
    }
}
