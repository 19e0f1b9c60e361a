using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Dead stock value (obat tidak diresepkan): value of items holding stock with no use in each of their
/// last dead_stock_months consecutive months / value of all stock x 100; value = catalog price x latest
/// closing stock. An item whose last months are missing or not consecutive is not called dead: there is
/// no evidence it went unused. Standard 0 %.
/// </summary>
public static class DeadStockValuePct
{
    public const string Id = "dead_stock_value_pct";

    /// <summary>Null when there is no formulary (prices) or no stock figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0) return null;
        decimal dead = 0, whole = 0;
        int deadItems = 0, stocked = 0, unpriced = 0;
        foreach (var item in scope.Usage.Where(u => u.LatestClosing > 0))
        {
            if (scope.PriceOf(item.Key) is not { } price)
            {
                unpriced++;
                continue;
            }
            stocked++;
            var value = price * item.LatestClosing;
            whole += value;
            if (!item.UnusedForLast(thresholds.DeadStockMonths)) continue;
            dead += value;
            deadItems++;
        }
        var share = Figures.Percent(dead, whole);
        var basis = share is null
            ? $"No priced item holds stock at the end of {scope.RangeText}: nothing to divide by."
            : $"{Figures.Rupiah(dead)} in {Figures.Count(deadItems, "item")} unused for the last {thresholds.DeadStockMonths} months, "
              + $"of {Figures.Rupiah(whole)} stock value (price x latest closing) over {Figures.Count(stocked, "item")} in {scope.RangeText}.";
        if (unpriced > 0) basis += $" {Figures.Count(unpriced, "stocked item")} not in the formulary left out (no price).";
        return new IndicatorResult(Id, share, "%", Standard.Percent(0), Standard.Near(share, 0), basis);
    }

    /// <summary>Every priced item holding stock at the end of the range: closing, price, value; counts when it went unused.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0) return null;
        var rows = scope.Usage
            .Where(u => u.LatestClosing > 0 && scope.PriceOf(u.Key) is not null)
            .Select(u =>
            {
                var price = scope.PriceOf(u.Key)!.Value;
                var (document, lplpo) = Figures.UsageDocument(scope, u);
                return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                    [Figures.Cell(u.LatestClosing), Figures.Cell(price), Figures.Cell(price * u.LatestClosing)], u.UnusedForLast(thresholds.DeadStockMonths));
            });
        return new IndicatorBreakdown(Id, ["closing", "price", "value"], Figures.Ordered(rows));
    }
}
