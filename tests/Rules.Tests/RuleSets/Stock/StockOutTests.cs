using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets.Stock;

public sealed class StockOutTests
{
    [Fact]
    public void Run_ClosingStockZero_FlagsAStockOut()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 0));

        var flag = Assert.Single(flags.Of(StockOut.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(0L, flag.EvidenceOf("closing"));
        Assert.Equal("Out of stock at the end of 2026-03 (closing stock 0).", flag.Message);
    }

    [Fact]
    public void Run_StockoutDaysInTheSamePeriodOfTheHistory_FlagsAStockOutThoughStockIsLeft()
    {
        var history = new[] { Given.Month(Given.March.AddMonths(-1), used: 100), Given.Month(Given.March, used: 100, stockoutDays: 4) };

        var flags = Evaluate.At(Steps.Lplpo, [.. history, Given.Line(used: 100, closing: 150)]);

        var flag = Assert.Single(flags.Of(StockOut.Id));
        Assert.Equal(4, flag.EvidenceOf("stockout_days"));
        Assert.Equal("4 days without stock in 2026-03.", flag.Message);
    }

    [Fact]
    public void Run_StockoutDaysOnlyInAnEarlierMonth_RaisesNoFlag()
    {
        var history = new[] { Given.Month(Given.March.AddMonths(-1), used: 100, stockoutDays: 6) };

        var flags = Evaluate.At(Steps.Lplpo, [.. history, Given.Line(used: 100, closing: 150)]);

        Assert.Empty(flags.Of(StockOut.Id));
    }

    [Fact]
    public void Run_StockLeftAndNoStockoutDays_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 1));

        Assert.Empty(flags.Of(StockOut.Id));
    }
}
