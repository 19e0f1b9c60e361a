using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// A share of the value used (nilai pemakaian): value of the items that pass a test / value of all items
/// x 100, value = catalog price x quantity used in the range. Items used but not in the formulary have
/// no price and are left out of both sides.
/// </summary>
internal static class ValueShare
{
    public static IndicatorResult? Compute(IndicatorScope scope, string id, Func<ItemKey, bool> counts, string what)
    {
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0) return null;
        decimal part = 0, whole = 0;
        int priced = 0, unpriced = 0;
        foreach (var item in scope.Usage)
        {
            if (scope.PriceOf(item.Key) is not { } price)
            {
                unpriced++;
                continue;
            }
            priced++;
            var value = price * item.Used;
            whole += value;
            if (counts(item.Key)) part += value;
        }
        var share = Figures.Percent(part, whole);
        var basis = share is null
            ? $"No priced use in {scope.RangeText} over {Figures.Count(priced, "formulary item")}: nothing to divide by."
            : $"{Figures.Rupiah(part)} {what} of {Figures.Rupiah(whole)} used (price x quantity) over {Figures.Count(priced, "item")} in {scope.RangeText}.";
        if (unpriced > 0) basis += $" {Figures.Count(unpriced, "item")} used but not in the formulary left out (no price).";
        return new IndicatorResult(id, share, "%", Standard.Percent(100), Standard.Near(share, 100), basis);
    }

    /// <summary>Every priced item used in the range: price, quantity used, value; counts when it passes the test.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, string id, Func<ItemKey, bool> counts)
    {
        if (scope.Catalog.Count == 0 || scope.Usage.Count == 0) return null;
        var rows = scope.Usage
            .Where(u => scope.Catalog.ContainsKey(u.Key))
            .Select(u =>
            {
                var price = scope.Catalog[u.Key].Price;
                var (document, lplpo) = Figures.UsageDocument(scope, u);
                return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                    [Figures.Cell(price), Figures.Cell(u.Used), Figures.Cell(price * u.Used)], counts(u.Key));
            });
        return new IndicatorBreakdown(id, ["price", "used", "value"], Figures.Ordered(rows));
    }
}
