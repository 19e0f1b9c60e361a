using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Request conformity (kesesuaian jumlah permintaan): quantity requested in the LPLPO / quantity planned for
/// the same months x 100. Per item, the plan for its months is the RKO annual need / 12 x the number of
/// months it has LPLPO lines for; items without an RKO line are left out. Standard 100 %, with the
/// request_deviation_pct tolerance the "request deviates from plan" rule uses, so the two agree.
/// </summary>
public static class RequestConformity
{
    public const string Id = "request_conformity";

    /// <summary>Null when there is no RKO or no LPLPO line in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Data.Rko.Count == 0 || scope.Lplpo.Count == 0) return null;
        var annualPlan = scope.Data.Rko.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.PlannedNeed));
        decimal requested = 0, planned = 0;
        int paired = 0, unplanned = 0, months = 0;
        foreach (var item in scope.Lplpo.GroupBy(l => l.Key))
        {
            if (!annualPlan.TryGetValue(item.Key, out var annual))
            {
                unplanned++;
                continue;
            }
            var itemMonths = item.Select(l => l.Period).Distinct().Count();
            paired++;
            months += itemMonths;
            requested += item.Sum(l => l.Requested);
            planned += (decimal)annual * itemMonths / 12m;
        }
        var value = Figures.Percent(requested, planned);
        var basis = value is null
            ? $"{Figures.Count(paired, "requested item")} with an RKO line, planned 0 for their months: nothing to divide by."
            : $"{Figures.Number(requested)} requested against {Figures.Number(planned)} planned (RKO / 12 x months) over "
              + $"{Figures.Count(paired, "item")} and {Figures.Count(months, "item-month")}.";
        if (unplanned > 0) basis += $" {Figures.Count(unplanned, "requested item")} without an RKO line left out.";
        var tolerance = thresholds.RequestDeviationPct;
        return new IndicatorResult(Id, value, "%", Standard.Percent(100, tolerance), Standard.Near(value, 100, tolerance), basis);
    }
}
