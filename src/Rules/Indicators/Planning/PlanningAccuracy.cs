using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Planning accuracy (ketepatan perencanaan): quantity planned in the RKO / quantity used x 100, over the
/// planned items. The annual plan is scaled to the range (x months / 12) so a part-year compares like
/// with like; with plans per year, each month is planned by its own year's RKO and only the use of planned
/// item-months counts. Meets when within plan_accuracy_min_pct..plan_accuracy_max_pct (100-120 %).
/// </summary>
public static class PlanningAccuracy
{
    public const string Id = "planning_accuracy";

    /// <summary>Null when there is no RKO or no use in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (!scope.HasPlans || scope.Usage.Count == 0) return null;
        var monthsOfYear = MonthsOfYear(scope);
        // Summed before scaling, so a year's 1/12 is taken once (no per-item rounding residue).
        var annualByYear = new Dictionary<(int Year, int Months), long>();
        var planned = 0;
        foreach (var (year, _, annual) in scope.Plans)
        {
            var months = scope.PlansByYear ? monthsOfYear.GetValueOrDefault(year) : scope.Months;
            if (months == 0) continue;
            annualByYear[(year, months)] = annualByYear.GetValueOrDefault((year, months)) + annual;
            planned++;
        }
        // Plans are one per item and year: over more than one year an item may be counted twice, so count them apart.
        var items = annualByYear.Count <= 1 ? planned
            : scope.Plans.Where(p => !scope.PlansByYear || monthsOfYear.ContainsKey(p.Year)).Select(p => p.Key).Distinct().Count();
        // The use of the months an item is planned for (by its own year's RKO when plans are per year).
        decimal used = 0;
        foreach (var item in scope.Usage)
        {
            foreach (var month in item.Months)
            {
                if (scope.AnnualPlan(item.Key, month.Period) is not null) used += month.Used;
            }
        }
        var plannedQuantity = annualByYear.Sum(y => y.Value * (decimal)y.Key.Months / 12m);
        var value = Figures.Percent(plannedQuantity, used);
        var standard = $"{Figures.Number(thresholds.PlanAccuracyMinPct)}-{Figures.Number(thresholds.PlanAccuracyMaxPct)} %";
        var years = annualByYear.Keys.Select(k => k.Year).Distinct().Count();
        var plan = years <= 1 && annualByYear.Count == 1
            ? $"{Figures.Count(items, "planned item")}: {Figures.Number(annualByYear.Values.Sum())} a year x {annualByYear.Keys.First().Months}/12 months = {Figures.Number(plannedQuantity)} planned"
            : $"{Figures.Count(items, "planned item")}: {Figures.Number(plannedQuantity)} planned over {scope.Months} months (each year's RKO / 12 a month)";
        var basis = value is null
            ? $"{plan}, but no use of them in {scope.RangeText}: nothing to divide by."
            : $"{plan} against {Figures.Number(used)} used in {scope.RangeText}.";
        return new IndicatorResult(Id, value, "%", standard,
            Standard.Within(value, thresholds.PlanAccuracyMinPct, thresholds.PlanAccuracyMaxPct), basis);
    }

    /// <summary>Every planned item: its RKO a year, the months of the range it plans, the part planned for them and the use in them.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.HasPlans || scope.Usage.Count == 0) return null;
        var rows = Lines(scope).Select(l => new IndicatorRow(l.Key.Facility, l.Key.DrugCode, l.Year > 0 ? $"RKO {l.Year}" : "RKO", null,
            [Figures.Cell(l.Annual), Figures.Cell(l.Months), Figures.Cell(l.Planned), Figures.Cell(l.Used)], null));
        return new IndicatorBreakdown(Id, ["planned a year", "months", "planned", "used"], Figures.Ordered(rows));
    }

    private static Dictionary<int, int> MonthsOfYear(IndicatorScope scope)
    {
        var monthsOfYear = new Dictionary<int, int>();
        foreach (var period in scope.Periods) monthsOfYear[period.Year] = monthsOfYear.GetValueOrDefault(period.Year) + 1;
        return monthsOfYear;
    }

    /// <summary>Per planned item and year (0 without per-year plans): the months of the range it plans, and what it planned and used in them.</summary>
    private static List<(int Year, ItemKey Key, long Annual, int Months, decimal Planned, long Used)> Lines(IndicatorScope scope)
    {
        var usage = scope.UsageByKey;
        var monthsOfYear = MonthsOfYear(scope);
        var lines = new List<(int, ItemKey, long, int, decimal, long)>(scope.Plans.Count);
        foreach (var (year, key, annual) in scope.Plans)
        {
            var months = scope.PlansByYear ? monthsOfYear.GetValueOrDefault(year) : scope.Months;
            if (months == 0) continue;
            long used = 0;
            if (usage.TryGetValue(key, out var item))
            {
                foreach (var month in item.Months)
                {
                    if (!scope.PlansByYear || month.Period.Year == year) used += month.Used;
                }
            }
            lines.Add((year, key, annual, months, annual * (decimal)months / 12m, used));
        }
        return lines;
    }
}
