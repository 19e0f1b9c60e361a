using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Stock;

public sealed class ExcessStockTests
{
    [Fact]
    public void Run_ExactlyEighteenMonthsOfStock_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 1800));

        Assert.Empty(flags.Of(ExcessStock.Id));
    }

    [Fact]
    public void Run_JustOverEighteenMonthsOfStock_FlagsExcessStock()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 1801));

        var flag = Assert.Single(flags.Of(ExcessStock.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(18.01m, flag.EvidenceOf("months_of_stock"));
        Assert.Equal(18m, flag.ThresholdOf(ThresholdNames.ExcessMonths));
    }

    [Fact]
    public void Run_ExcessAtIfkReview_IsFlaggedThereToo()
    {
        var flags = Evaluate.At(Steps.IfkReview, Given.Line(used: 100, closing: 2500));

        Assert.Single(flags.Of(ExcessStock.Id));
    }

    [Fact]
    public void Run_StockOfAnItemNobodyUses_HasNoMonthsOfStockAndRaisesNoExcessFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 0, closing: 500));

        Assert.Empty(flags.Of(ExcessStock.Id));
    }
}
