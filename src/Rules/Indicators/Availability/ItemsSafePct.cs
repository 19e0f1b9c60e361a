using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>Items safe (stok aman): items within safe_from_months..excess_months of stock / all items x 100. No pass/fail standard.</summary>
public static class ItemsSafePct
{
    public const string Id = "items_safe_pct";

    /// <summary>Null when no item has a stock figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Compute(scope, thresholds, StockCategory.Safe, Id, null);

    /// <summary>Every item with its months of stock and category; an item safe counts.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Explain(scope, thresholds, StockCategory.Safe, Id);
}
