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
        var byMonth = new Dictionary<Facts.Period, decimal>();
        foreach (var (usage, price) in priced)
        {
            foreach (var month in usage.Months) byMonth[month.Period] = byMonth.GetValueOrDefault(month.Period) + price * month.Closing;
        }
        var monthlyStockValues = byMonth.Values.ToList();
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

    /// <summary>
    /// Every priced item: price, quantity used, value used and its average stock value over the reported months of the
    /// range (closing x price, summed per month then averaged); the figure is the used value x 12 / months over the sum of the last column.
    /// </summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0 || scope.Months == 0) return null;
        var priced = scope.Usage.Where(u => scope.Catalog.ContainsKey(u.Key)).ToList();
        var reportedMonths = priced.SelectMany(u => u.Months).Select(m => m.Period).Distinct().Count();
        var rows = priced.Select(u =>
        {
            var price = scope.Catalog[u.Key].Price;
            var (document, lplpo) = Figures.UsageDocument(scope, u);
            var stock = reportedMonths == 0 ? 0 : u.Months.Sum(m => price * m.Closing) / reportedMonths;
            return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                [Figures.Cell(price), Figures.Cell(u.Used), Figures.Cell(price * u.Used), Figures.Cell(stock)], null);
        });
        return new IndicatorBreakdown(Id, ["price", "used", "used value", "average stock value"], Figures.Ordered(rows));
    }
}
