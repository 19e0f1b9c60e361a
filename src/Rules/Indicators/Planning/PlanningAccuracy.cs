using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Planning accuracy (ketepatan perencanaan): quantity planned in the RKO / quantity used x 100, over the
/// planned items. The annual plan is scaled to the range (x months / 12) so a part-year compares like
/// with like. Meets when within plan_accuracy_min_pct..plan_accuracy_max_pct (100-120 %).
/// </summary>
public static class PlanningAccuracy
{
    public const string Id = "planning_accuracy";

    /// <summary>Null when there is no RKO or no use in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Data.Rko.Count == 0 || scope.Usage.Count == 0) return null;
        var annualPlan = scope.Data.Rko.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.PlannedNeed));
        decimal annual = annualPlan.Values.Sum();
        var planned = annual * scope.Months / 12m;
        decimal used = scope.Usage.Where(u => annualPlan.ContainsKey(u.Key)).Sum(u => u.Used);
        var value = Figures.Percent(planned, used);
        var standard = $"{Figures.Number(thresholds.PlanAccuracyMinPct)}-{Figures.Number(thresholds.PlanAccuracyMaxPct)} %";
        var plan = $"{Figures.Count(annualPlan.Count, "planned item")}: {Figures.Number(annual)} a year x {scope.Months}/12 months = {Figures.Number(planned)} planned";
        var basis = value is null
            ? $"{plan}, but no use of them in {scope.RangeText}: nothing to divide by."
            : $"{plan} against {Figures.Number(used)} used in {scope.RangeText}.";
        return new IndicatorResult(Id, value, "%", standard,
            Standard.Within(value, thresholds.PlanAccuracyMinPct, thresholds.PlanAccuracyMaxPct), basis);
    }
}
