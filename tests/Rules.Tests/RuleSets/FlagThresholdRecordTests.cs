using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Tests.Thresholds;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>A flag records the threshold values that decided it and the version of the set they came from.</summary>
public sealed class FlagThresholdRecordTests
{
    [Fact]
    public void Run_ExcessStockFlag_RecordsTheExcessLimitAndTheSetVersion()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 2000));

        var flag = Assert.Single(flags.Of(ExcessStock.Id));
        Assert.Equal(new[] { new EvidenceItem(ThresholdNames.ExcessMonths, 18m) }, flag.Thresholds);
        Assert.Equal(DefaultThresholds.Version, flag.ThresholdVersion);
    }

    [Fact]
    public void Run_PlanDeviationFlag_RecordsTheBandAndTheGradeLimits()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(1680), Given.Line(used: 100));

        var flag = Assert.Single(flags.Of(PlanDeviation.Id));
        Assert.Equal(
            new[]
            {
                new EvidenceItem(ThresholdNames.PlanAccuracyMinPct, 100m),
                new EvidenceItem(ThresholdNames.PlanAccuracyMaxPct, 120m),
                new EvidenceItem(ThresholdNames.PlanDeviationTolerablePct, 20m),
                new EvidenceItem(ThresholdNames.PlanDeviationPoorPct, 30m),
            },
            flag.Thresholds);
    }

    [Fact]
    public void Run_RuleDecidedByNoLimit_RecordsNoThresholdsButStillTheVersion()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line() with { Closing = 1 });

        var flag = Assert.Single(flags.Of(BalanceError.Id));
        Assert.Empty(flag.Thresholds);
        Assert.Equal(DefaultThresholds.Version, flag.ThresholdVersion);
    }
}
