using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>An item's use over its stock history (kartu stok), derived from <see cref="StockMonth"/> facts.</summary>
/// <param name="AvgMonthlyUse">Average monthly use over the last 12 months, adjusted for stock-outs.</param>
/// <param name="UsedLast12">Total used over the last 12 months of history (unadjusted).</param>
/// <param name="LatestClosing">Closing stock of the latest month (E of the RKO).</param>
public sealed record UsageProfile(
    ItemKey Key,
    decimal AvgMonthlyUse,
    int MonthsCounted,
    Period LatestPeriod,
    long LatestClosing,
    long UsedLast12,
    IReadOnlyDictionary<Period, StockMonth> Months);
