using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Indicators;

/// <summary>The default thresholds of data/thresholds.default.json, built in code so tests read no files.</summary>
internal static class IndicatorThresholds
{
    public static readonly ThresholdSet Default = ThresholdSet.Create("test-default", new Dictionary<string, decimal>
    {
        [ThresholdNames.OutBelowMonths] = 1,
        [ThresholdNames.SafeFromMonths] = 12,
        [ThresholdNames.ExcessMonths] = 18,
        [ThresholdNames.NearExpiryErrorMonths] = 3,
        [ThresholdNames.NearExpiryWarningMonths] = 6,
        [ThresholdNames.NearExpiryInfoMonths] = 12,
        [ThresholdNames.DeadStockMonths] = 3,
        [ThresholdNames.PlanAccuracyMinPct] = 100,
        [ThresholdNames.PlanAccuracyMaxPct] = 120,
        [ThresholdNames.PlanDeviationTolerablePct] = 20,
        [ThresholdNames.PlanDeviationPoorPct] = 30,
        [ThresholdNames.RequestDeviationPct] = 20,
        [ThresholdNames.ApprovalDeviationPct] = 0,
        [ThresholdNames.LplpoDueDay] = 10,
        [ThresholdNames.PeriodMonths] = 1,
        [ThresholdNames.LeadTimeMonths] = 0.5m,
        [ThresholdNames.SafetyMonths] = 0.5m,
        [ThresholdNames.RkoSafetyPct] = 20,
        [ThresholdNames.RkoLeadTimeWeeks] = 4,
        [ThresholdNames.ItorMinTimesPerYear] = 12,
    });

    public static ThresholdSet With(string name, decimal value) =>
        Default.With("test-" + name, new Dictionary<string, decimal> { [name] = value });
}
