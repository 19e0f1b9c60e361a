using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Inventory turnover ratio (ITOR): value used in the range, annualised (x 12 / months in the range) /
/// average stock value (the mean over reported months of the sum of closing stock x catalog price).
/// Meets when at least itor_min_times_per_year (the seeds' 12 kali/tahun). Items not in the formulary have no price and are left out.
/// </summary>
public static class Itor
{
    public const string Id = "itor";

    /// <summary>Null when there is no formulary (prices) or no use in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0 || scope.Months == 0) return null;
        var priced = scope.Usage
            .Where(u => scope.Catalog.ContainsKey(u.Key))
            .Select(u => (Usage: u, Price: scope.Catalog[u.Key].Price))
            .ToList();
        var usedValue = priced.Sum(p => p.Price * p.Usage.Used);
        var annualUsedValue = usedValue * 12m / scope.Months;
        var monthlyStockValues = priced
            .SelectMany(p => p.Usage.Months.Select(m => (m.Period, Value: p.Price * m.Closing)))
            .GroupBy(m => m.Period)
            .Select(g => g.Sum(m => m.Value))
            .ToList();
        var averageStock = monthlyStockValues.Count == 0 ? 0 : monthlyStockValues.Sum() / monthlyStockValues.Count;
        decimal? value = averageStock == 0 ? null : annualUsedValue / averageStock;
        var basis = value is null
            ? $"No priced stock held in {scope.RangeText}: nothing to divide by."
            : $"{Figures.Rupiah(usedValue)} used x 12/{scope.Months} months = {Figures.Rupiah(annualUsedValue)} a year, "
              + $"against an average stock value of {Figures.Rupiah(averageStock)} over {Figures.Count(monthlyStockValues.Count, "month")} "
              + $"and {Figures.Count(priced.Count, "item")} in {scope.RangeText}.";
        var unpriced = scope.Usage.Count - priced.Count;
        if (unpriced > 0) basis += $" {Figures.Count(unpriced, "item")} not in the formulary left out (no price).";
        var standard = thresholds.ItorMinTimesPerYear;
        return new IndicatorResult(Id, value, "times/year", $"{Figures.Number(standard)} times/year",
            Standard.AtLeast(value, standard), basis);
    }
}
