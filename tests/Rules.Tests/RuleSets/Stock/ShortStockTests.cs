using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Stock;

public sealed class ShortStockTests
{
    [Fact]
    public void Run_StockJustUnderOneMonthOfUse_FlagsShortStock()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 99));

        var flag = Assert.Single(flags.Of(ShortStock.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(0.99m, flag.EvidenceOf("months_of_stock"));
        Assert.Equal(1m, flag.ThresholdOf(ThresholdNames.OutBelowMonths));
    }

    [Fact]
    public void Run_StockOfExactlyOneMonthOfUse_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 100));

        Assert.Empty(flags.Of(ShortStock.Id));
    }

    [Fact]
    public void Run_NoStockLeft_IsAStockOutRatherThanShortStock()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 0));

        Assert.Empty(flags.Of(ShortStock.Id));
        Assert.Single(flags.Of(StockOut.Id));
    }
}
