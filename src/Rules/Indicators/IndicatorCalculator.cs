using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>Computes every drug-management indicator the data supports, in a stable order, and lists the rows behind one.</summary>
public static class IndicatorCalculator
{
    /// <summary>Every indicator, in the order results come out in: selection, planning, distribution, availability, storage losses, use.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(FornasConformity.Id, IndicatorGroups.Selection, FornasConformity.Compute, FornasConformity.Explain),
        new(DoenConformity.Id, IndicatorGroups.Selection, DoenConformity.Compute, DoenConformity.Explain),
        new(GenericValueShare.Id, IndicatorGroups.Selection, GenericValueShare.Compute, GenericValueShare.Explain),
        new(EssentialValueShare.Id, IndicatorGroups.Selection, EssentialValueShare.Compute, EssentialValueShare.Explain),
        new(PlanningAccuracy.Id, IndicatorGroups.Planning, PlanningAccuracy.Compute, PlanningAccuracy.Explain),
        new(RequestConformity.Id, IndicatorGroups.Planning, RequestConformity.Compute, RequestConformity.Explain),
        new(ReceiptConformity.Id, IndicatorGroups.Distribution, ReceiptConformity.Compute, ReceiptConformity.Explain),
        new(DistributionDeviation.Id, IndicatorGroups.Distribution, DistributionDeviation.Compute, DistributionDeviation.Explain),
        new(LplpoOnTime.Id, IndicatorGroups.Distribution, LplpoOnTime.Compute, LplpoOnTime.Explain),
        new(StockoutTime.Id, IndicatorGroups.Availability, StockoutTime.Compute, StockoutTime.Explain),
        new(AvailabilityMonths.Id, IndicatorGroups.Availability, AvailabilityMonths.Compute, AvailabilityMonths.Explain),
        new(ItemsOutPct.Id, IndicatorGroups.Availability, ItemsOutPct.Compute, ItemsOutPct.Explain),
        new(ItemsShortPct.Id, IndicatorGroups.Availability, ItemsShortPct.Compute, ItemsShortPct.Explain),
        new(ItemsSafePct.Id, IndicatorGroups.Availability, ItemsSafePct.Compute, ItemsSafePct.Explain),
        new(ItemsExcessPct.Id, IndicatorGroups.Availability, ItemsExcessPct.Compute, ItemsExcessPct.Explain),
        new(DeadStockValuePct.Id, IndicatorGroups.Storage, DeadStockValuePct.Compute, DeadStockValuePct.Explain),
        new(ExpiredValuePct.Id, IndicatorGroups.Storage, ExpiredValuePct.Compute, ExpiredValuePct.Explain),
        new(ExpiredItemsPct.Id, IndicatorGroups.Storage, ExpiredItemsPct.Compute, ExpiredItemsPct.Explain),
        new(UsageRatio.Id, IndicatorGroups.Use, UsageRatio.Compute, UsageRatio.Explain),
        new(Itor.Id, IndicatorGroups.Use, Itor.Compute, Itor.Explain),
    ];

    /// <summary>The indicator with this id; null when there is none.</summary>
    public static IndicatorDefinition? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The indicators whose inputs are present, over the periods [<paramref name="from"/>, <paramref name="to"/>]
    /// (inclusive; an open end takes all data on that side). Percentages are in percent, unrounded.
    /// </summary>
    public static IReadOnlyList<IndicatorResult> Compute(IndicatorData data, ThresholdSet thresholds, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(thresholds);
        return Compute(IndicatorScope.Of(data, from, to), thresholds);
    }

    /// <summary>The indicators whose inputs are present in an already built scope.</summary>
    public static IReadOnlyList<IndicatorResult> Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        return All
            .Select(indicator => indicator.Compute(scope, thresholds))
            .OfType<IndicatorResult>()
            .ToList();
    }
}
