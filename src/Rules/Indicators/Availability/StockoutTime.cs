using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Average stock-out time (rata-rata waktu kekosongan obat): stock-out days of the indicator items /
/// (days in the range x number of indicator items) x 100; a calendar year of 365 days gives the seeds'
/// formula. Standard 0 %. Needs the stock card history, the only source of stock-out days.
/// </summary>
public static class StockoutTime
{
    public const string Id = "stockout_time";

    /// <summary>Null when the stock card history has no month in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.UsageFromHistory) return null;
        long stockoutDays = 0;
        var items = 0;
        foreach (var item in scope.Usage)
        {
            if (!scope.IsIndicatorItem(item.Key)) continue;
            items++;
            stockoutDays += Days(item);
        }
        var value = Figures.Percent(stockoutDays, (decimal)scope.Days * items);
        var basis = value is null
            ? $"No indicator item has stock card history in {scope.RangeText}: nothing to divide by."
            : $"{Figures.Number(stockoutDays)} stock-out days over {Figures.Count(items, "indicator item")} x {scope.Days} days in {scope.RangeText}.";
        var missing = MissingIndicatorDrugs(scope);
        if (missing > 0) basis += $" {Figures.Count(missing, "indicator drug")} without history left out.";
        return new IndicatorResult(Id, value, "%", Standard.Percent(0), Standard.Near(value, 0), basis);
    }

    /// <summary>The item's stock-out days in the range; a month cannot be out of stock for more days than it has.</summary>
    private static long Days(ItemUsage item)
    {
        long days = 0;
        foreach (var month in item.Months) days += Math.Clamp(month.StockoutDays, 0, month.Period.Days);
        return days;
    }

    private static int MissingIndicatorDrugs(IndicatorScope scope)
    {
        if (scope.Data.IndicatorDrugs is not { } drugs) return 0;
        var present = scope.Usage.Select(u => u.Key.DrugCode).ToHashSet();
        return drugs.Count(d => !present.Contains(d));
    }

    /// <summary>Every indicator item: its stock-out days (each month capped at its length), the days in the range and its share; counts when it ran out.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.UsageFromHistory) return null;
        var rows = scope.Usage.Where(u => scope.IsIndicatorItem(u.Key)).Select(u =>
        {
            var days = Days(u);
            var (document, lplpo) = Figures.UsageDocument(scope, u);
            return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                [Figures.Cell(days), Figures.Cell(scope.Days), Figures.Cell(Figures.Percent(days, scope.Days))], days > 0);
        });
        return new IndicatorBreakdown(Id, ["stock-out days", "days", "stock-out %"], Figures.Ordered(rows));
    }
}
