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
}
