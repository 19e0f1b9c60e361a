using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Thresholds;

/// <summary>data/thresholds.default.json, the values DOMAIN.md gives, loads as a complete set.</summary>
public sealed class DefaultThresholdFileTests
{
    [Fact]
    public void Parse_DefaultsFile_LoadsEveryThresholdUnderItsVersion()
    {
        var set = ThresholdSet.Parse(DefaultThresholds.Json);

        Assert.Equal(DefaultThresholds.Version, set.Version);
        Assert.Equal(ThresholdNames.Ordered.Order(StringComparer.Ordinal), set.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_DefaultsFile_HoldsTheDomainValues()
    {
        var set = ThresholdSet.Parse(DefaultThresholds.Json);

        Assert.Equal((1m, 12m, 18m), (set.OutBelowMonths, set.SafeFromMonths, set.ExcessMonths));
        Assert.Equal((3, 6, 12), (set.NearExpiryErrorMonths, set.NearExpiryWarningMonths, set.NearExpiryInfoMonths));
        Assert.Equal(3, set.DeadStockMonths);
        Assert.Equal((100m, 120m, 20m, 30m),
            (set.PlanAccuracyMinPct, set.PlanAccuracyMaxPct, set.PlanDeviationTolerablePct, set.PlanDeviationPoorPct));
        Assert.Equal((20m, 0m, 10), (set.RequestDeviationPct, set.ApprovalDeviationPct, set.LplpoDueDay));
        Assert.Equal((1m, 0.5m, 0.5m), (set.PeriodMonths, set.LeadTimeMonths, set.SafetyMonths));
        Assert.Equal((20m, 4m), (set.RkoSafetyPct, set.RkoLeadTimeWeeks));
    }

    [Fact]
    public void ToJson_DefaultSet_ParsesBackToTheSameValues()
    {
        var again = ThresholdSet.Parse(DefaultThresholds.Set.ToJson());

        Assert.Equal(DefaultThresholds.Set.Version, again.Version);
        Assert.Equal(DefaultThresholds.Set.Values.OrderBy(v => v.Key), again.Values.OrderBy(v => v.Key));
    }
}
