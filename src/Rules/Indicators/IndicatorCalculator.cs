using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>Computes every drug-management indicator the data supports, in a stable order.</summary>
public static class IndicatorCalculator
{
    /// <summary>The order results come out in: selection, planning, distribution, availability, storage losses, use.</summary>
    private static readonly Func<IndicatorScope, ThresholdSet, IndicatorResult?>[] InOrder =
    [
        FornasConformity.Compute,
        DoenConformity.Compute,
        GenericValueShare.Compute,
        EssentialValueShare.Compute,
        PlanningAccuracy.Compute,
        RequestConformity.Compute,
        ReceiptConformity.Compute,
        DistributionDeviation.Compute,
        StockoutTime.Compute,
        AvailabilityMonths.Compute,
        ItemsOutPct.Compute,
        ItemsShortPct.Compute,
        ItemsSafePct.Compute,
        ItemsExcessPct.Compute,
        DeadStockValuePct.Compute,
        ExpiredValuePct.Compute,
        ExpiredItemsPct.Compute,
        UsageRatio.Compute,
        Itor.Compute,
    ];

    /// <summary>
    /// The indicators whose inputs are present, over the periods [<paramref name="from"/>, <paramref name="to"/>]
    /// (inclusive; an open end takes all data on that side). Percentages are in percent, unrounded.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> Compute(IndicatorData data, ThresholdSet thresholds, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(thresholds);
        var scope = IndicatorScope.Of(data, from, to);
        return InOrder
            .Select(indicator => indicator(scope, thresholds))
            .OfType<IndicatorResult>()
            .ToList();
    }
}
