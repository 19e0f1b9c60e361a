using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>Items short (stok kurang): items from out_below_months to under safe_from_months of stock / all items x 100. Standard 0 %.</summary>
public static class ItemsShortPct
{
    public const string Id = "items_short_pct";

    /// <summary>Null when no item has a stock figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Compute(scope, thresholds, StockCategory.Short, Id, 0m);

    /// <summary>Every item with its months of stock and category; an item short counts.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Explain(scope, thresholds, StockCategory.Short, Id);
}
