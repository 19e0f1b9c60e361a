using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Tests.Thresholds;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>Thresholds are data: the same facts under a changed set (ThresholdSet.With) give another outcome.</summary>
public sealed class ThresholdChangeTests
{
    [Fact]
    public void Run_RaisedExcessLimit_NoLongerFlagsTwentyMonthsOfStock()
    {
        var line = Given.Line(used: 100, closing: 2000);
        var raised = DefaultThresholds.Set.With("district-2026.2", new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = 24 });

        var before = Evaluate.At(Steps.Lplpo, line);
        var after = Evaluate.Under(raised, Steps.Lplpo, line);

        Assert.Single(before.Of(ExcessStock.Id));
        Assert.Empty(after.Of(ExcessStock.Id));
    }

    [Fact]
    public void Run_LoweredExcessLimit_FlagsUnderTheNewVersionWithTheNewValue()
    {
        var lowered = DefaultThresholds.Set.With("district-2026.3", new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = 15 });

        var flags = Evaluate.Under(lowered, Steps.Lplpo, Given.Line(used: 100, closing: 1600));

        var flag = Assert.Single(flags.Of(ExcessStock.Id));
        Assert.Equal("district-2026.3", flag.ThresholdVersion);
        Assert.Equal(15m, flag.ThresholdOf(ThresholdNames.ExcessMonths));
        Assert.EndsWith("above the 15-month limit.", flag.Message);
    }

    [Fact]
    public void Run_DeadStockLimitOfOneMonth_FlagsTheFirstMonthWithoutUse()
    {
        var flags = Evaluate.Under(DefaultThresholds.With(ThresholdNames.DeadStockMonths, 1), Steps.Lplpo,
            Given.Line(used: 0, closing: 60));

        Assert.Single(flags.Of(DeadStock.Id));
    }

    [Fact]
    public void Run_LaterDueDay_MakesTheSameSubmissionOnTime()
    {
        var document = Given.Document(submittedOn: new DateOnly(2026, 4, 12));

        var byDefault = Evaluate.At(Steps.Lplpo, document);
        var withDay15 = Evaluate.Under(DefaultThresholds.With(ThresholdNames.LplpoDueDay, 15), Steps.Lplpo, document);

        Assert.Single(byDefault.Of(LateLplpo.Id));
        Assert.Empty(withDay15.Of(LateLplpo.Id));
    }

    [Fact]
    public void Run_NarrowerInfoWindow_DropsABatchNineMonthsFromExpiry()
    {
        var batch = Given.Batch("B-2501", Given.AsOf.AddMonths(9));

        var byDefault = Evaluate.At(Steps.Lplpo, batch);
        var withSix = Evaluate.Under(DefaultThresholds.With(ThresholdNames.NearExpiryInfoMonths, 6), Steps.Lplpo, batch);

        Assert.Single(byDefault.Of(NearExpiry.Id));
        Assert.Empty(withSix.Of(NearExpiry.Id));
    }
}
