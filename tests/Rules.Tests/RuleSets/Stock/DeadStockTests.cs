using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Stock;

/// <summary>Months without use count back from the LPLPO line through the consecutive history months before it.</summary>
public sealed class DeadStockTests
{
    [Fact]
    public void Run_ThirdConsecutiveMonthWithoutUse_FlagsDeadStock()
    {
        var flags = Evaluate.At(Steps.Lplpo, [.. Given.HistoryBefore(40, 0, 0), Given.Line(used: 0, closing: 60)]);

        var flag = Assert.Single(flags.Of(DeadStock.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(3, flag.EvidenceOf("months_without_use"));
        Assert.Equal(3m, flag.ThresholdOf(ThresholdNames.DeadStockMonths));
        Assert.Equal("60 units in stock and no use for 3 consecutive months (limit 3).", flag.Message);
    }

    [Fact]
    public void Run_SecondConsecutiveMonthWithoutUse_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, [.. Given.HistoryBefore(40, 40, 0), Given.Line(used: 0, closing: 60)]);

        Assert.Empty(flags.Of(DeadStock.Id));
    }

    [Fact]
    public void Run_UseInThePeriodAfterMonthsWithout_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, [.. Given.HistoryBefore(0, 0, 0), Given.Line(used: 10, closing: 60)]);

        Assert.Empty(flags.Of(DeadStock.Id));
    }

    [Fact]
    public void Run_NoUseAndNoStock_IsNotDeadStock()
    {
        var flags = Evaluate.At(Steps.Lplpo, [.. Given.HistoryBefore(0, 0, 0), Given.Line(used: 0, closing: 0)]);

        Assert.Empty(flags.Of(DeadStock.Id));
    }
}
