using Requisition.Rules.Facts;
using Requisition.Rules.Planning;

namespace Requisition.Rules.Indicators;

/// <summary>One item's months inside the evaluated range, oldest first, with the stock figures derived from them.</summary>
public sealed class ItemUsage
{
    public ItemUsage(ItemKey key, IEnumerable<ItemMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        Key = key;
        // The scope hands over a list of its own; anything else is copied.
        var list = months as List<ItemMonth> ?? months.ToList();
        // Usually given in order already; a stable sort keeps the given order of a repeated month.
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].Period <= list[i].Period) continue;
            list = list.OrderBy(m => m.Period).ToList();
            break;
        }
        Months = list;
        if (Months.Count == 0) throw new ArgumentException("An item needs at least one month.", nameof(months));
        long received = 0, used = 0;
        foreach (var m in list)
        {
            received += m.Received;
            used += m.Used;
        }
        Received = received;
        Used = used;
        AverageMonthlyUse = list.Count == 1
            // The mean of one month is that month's adjusted use (none when it was out of stock all month): the same
            // figure the window's average gives, without sorting a window of one (a district's month has thousands).
            ? Planning.AverageMonthlyUse.AdjustedUse(list[0].Used, list[0].Period.Days, list[0].StockoutDays) ?? 0
            : Planning.AverageMonthlyUse.Compute(list.Select(m => new UsageMonth(m.Period.Year, m.Period.Month, m.Used, m.StockoutDays)));
        MonthsOfStock = Planning.MonthsOfStock.Compute(LatestClosing, AverageMonthlyUse);
    }

    public ItemKey Key { get; }

    public IReadOnlyList<ItemMonth> Months { get; }

    /// <summary>Received over the range (penerimaan kumulatif).</summary>
    public long Received { get; }

    /// <summary>Used over the range (pemakaian kumulatif).</summary>
    public long Used { get; }

    /// <summary>Closing stock of the latest month in the range (sisa stok).</summary>
    public long LatestClosing => Months[^1].Closing;

    /// <summary>Average monthly use (pemakaian rata-rata), adjusted for stock-out days as the RKO does.</summary>
    public decimal AverageMonthlyUse { get; }

    /// <summary>Months of stock (tingkat ketersediaan); null when the item had no use to divide by.</summary>
    public decimal? MonthsOfStock { get; }

    /// <summary>True when each of the item's last <paramref name="months"/> consecutive calendar months is present with no use.</summary>
    public bool UnusedForLast(int months)
    {
        if (months < 1 || Months.Count < months) return false;
        var last = Months.Skip(Months.Count - months).ToList();
        var consecutive = last[^1].Period.Ordinal - last[0].Period.Ordinal == months - 1;
        return consecutive && last.All(m => m.Used == 0);
    }
}
