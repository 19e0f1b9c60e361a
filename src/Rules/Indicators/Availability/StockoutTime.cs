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
        var items = scope.Usage.Where(u => scope.IsIndicatorItem(u.Key)).ToList();
        // A month cannot be out of stock for more days than it has.
        long stockoutDays = items.SelectMany(u => u.Months).Sum(m => (long)Math.Clamp(m.StockoutDays, 0, m.Period.Days));
        var value = Figures.Percent(stockoutDays, (decimal)scope.Days * items.Count);
        var basis = value is null
            ? $"No indicator item has stock card history in {scope.RangeText}: nothing to divide by."
            : $"{Figures.Number(stockoutDays)} stock-out days over {Figures.Count(items.Count, "indicator item")} x {scope.Days} days in {scope.RangeText}.";
        var missing = MissingIndicatorDrugs(scope);
        if (missing > 0) basis += $" {Figures.Count(missing, "indicator drug")} without history left out.";
        return new IndicatorResult(Id, value, "%", Standard.Percent(0), Standard.Near(value, 0), basis);
    }

    private static int MissingIndicatorDrugs(IndicatorScope scope)
    {
        if (scope.Data.IndicatorDrugs is not { } drugs) return 0;
        var present = scope.Usage.Select(u => u.Key.DrugCode).ToHashSet();
        return drugs.Count(d => !present.Contains(d));
    }
}
