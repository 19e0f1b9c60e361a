using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Expired items (persentase obat kadaluwarsa): items holding a batch past its expiry date / items holding
/// any batch x 100. Only batches with stock count on both sides: an emptied batch is neither expired stock
/// nor stock with an expiry date. Standard 0 %.
/// </summary>
public static class ExpiredItemsPct
{
    public const string Id = "expired_items_pct";

    /// <summary>Null when there is no batch stock.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Data.Batches.Count == 0) return null;
        var items = scope.Data.Batches
            .Where(b => b.Quantity > 0)
            .GroupBy(b => b.Key)
            .ToList();
        var expired = items.Count(g => g.Any(b => b.Expiry < scope.Data.AsOf));
        var value = Figures.Percent(expired, items.Count);
        var basis = value is null
            ? $"No batch holds stock on {scope.Data.AsOf:yyyy-MM-dd}: nothing to divide by."
            : $"{expired} of {Figures.Count(items.Count, "item")} with batch stock hold an expired batch on {scope.Data.AsOf:yyyy-MM-dd}.";
        return new IndicatorResult(Id, value, "%", Standard.Percent(0), Standard.Near(value, 0), basis);
    }

    /// <summary>Every item holding batch stock: its batches in stock and how many are expired; counts when any is.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Data.Batches.Count == 0) return null;
        var rows = scope.Data.Batches
            .Where(b => b.Quantity > 0)
            .GroupBy(b => b.Key)
            .Select(g =>
            {
                var expired = g.Count(b => b.Expiry < scope.Data.AsOf);
                return new IndicatorRow(g.Key.Facility, g.Key.DrugCode, "stock on hand", null,
                    [Figures.Cell(g.Count()), Figures.Cell(expired), Figures.Cell(g.Min(b => b.Expiry))], expired > 0);
            });
        return new IndicatorBreakdown(Id, ["batches", "expired batches", "first expiry"], Figures.Ordered(rows));
    }
}
