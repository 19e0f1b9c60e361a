using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>Items in excess (stok berlebih): items over excess_months of stock / all items x 100. Standard 0 %.</summary>
public static class ItemsExcessPct
{
    public const string Id = "items_excess_pct";

    /// <summary>Null when no item has a stock figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Compute(scope, thresholds, StockCategory.Excess, Id, 0m);

    /// <summary>Every item with its months of stock and category; an item excess counts.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds) =>
        StockCategoryShare.Explain(scope, thresholds, StockCategory.Excess, Id);
}
