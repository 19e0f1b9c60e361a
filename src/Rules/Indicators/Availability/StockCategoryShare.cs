using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// The share of items in one months-of-stock category (kosong / kurang / aman / berlebih): items in the
/// category / all items with a stock figure in the range x 100.
/// </summary>
internal static class StockCategoryShare
{
    /// <summary>
    /// The category of an item. With no use there is no months figure: stock that nobody uses counts as
    /// excess, and no stock and no use as out (the indicators' reading; MonthsOfStock itself stays silent).
    /// </summary>
    public static StockCategory Of(ItemUsage item, ThresholdSet thresholds) =>
        item.MonthsOfStock is { } months
            ? MonthsOfStock.Categorize(months, thresholds.OutBelowMonths, thresholds.SafeFromMonths, thresholds.ExcessMonths)
            : item.LatestClosing > 0 ? StockCategory.Excess : StockCategory.Out;

    /// <summary><paramref name="standardPct"/> null means the category has no standard.</summary>
    public static IndicatorResult? Compute(
        IndicatorScope scope, ThresholdSet thresholds, StockCategory category, string id, decimal? standardPct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Usage.Count == 0) return null;
        var inCategory = scope.Usage.Count(u => Of(u, thresholds) == category);
        var value = Figures.Percent(inCategory, scope.Usage.Count);
        var basis = $"{inCategory} of {Figures.Count(scope.Usage.Count, "item")} {Describe(category, thresholds)} in {scope.RangeText}; "
            + "an item with no use counts as excess when it holds stock, else as out.";
        return standardPct is { } target
            ? new IndicatorResult(id, value, "%", Standard.Percent(target), Standard.Near(value, target), basis)
            : new IndicatorResult(id, value, "%", Standard.None, null, basis);
    }

    private static string Describe(StockCategory category, ThresholdSet t) => category switch
    {
        StockCategory.Out => $"out (under {Figures.Months(t.OutBelowMonths)} of stock)",
        StockCategory.Short => $"short ({Figures.Number(t.OutBelowMonths)} to under {Figures.Months(t.SafeFromMonths)} of stock)",
        StockCategory.Safe => $"safe ({Figures.Number(t.SafeFromMonths)}-{Figures.Months(t.ExcessMonths)} of stock)",
        _ => $"in excess (over {Figures.Months(t.ExcessMonths)} of stock)",
    };

    /// <summary>Every item with a stock figure: latest closing, average monthly use, months of stock, its category; counts when in <paramref name="category"/>.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds, StockCategory category, string id)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Usage.Count == 0) return null;
        var rows = scope.Usage.Select(u =>
        {
            var of = Of(u, thresholds);
            var (document, lplpo) = Figures.UsageDocument(scope, u);
            return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                [Figures.Cell(u.LatestClosing), Figures.Cell(u.AverageMonthlyUse), Figures.Cell(u.MonthsOfStock), of.ToString().ToLowerInvariant()],
                of == category);
        });
        return new IndicatorBreakdown(id, ["closing", "average monthly use", "months of stock", "category"], Figures.Ordered(rows));
    }
}
