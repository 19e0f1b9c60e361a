using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Groups stock months into one <see cref="ItemUsage"/> per item, in facility and item order. A district holds thousands
/// of items and the dashboard builds a range and each of its months, so this works in single passes over plain lists.
/// </summary>
internal static class UsageBuilder
{
    /// <summary>Facility, then item code, ordinal: the order of <see cref="IndicatorScope.Usage"/>.</summary>
    public static readonly Comparison<ItemKey> KeyOrder = static (a, b) =>
    {
        var facility = string.CompareOrdinal(a.Facility.Value, b.Facility.Value);
        return facility != 0 ? facility : string.CompareOrdinal(a.DrugCode.Value, b.DrugCode.Value);
    };

    /// <summary>
    /// Per item, its months inside [<paramref name="from"/>, <paramref name="to"/>] from the stock card history when it
    /// has any there, else from the LPLPO lines inside the range (asked for only then); returns whether the history was used.
    /// </summary>
    public static (List<ItemUsage> Usage, bool FromHistory) Build(
        IReadOnlyList<StockMonth> history, Func<IReadOnlyList<LplpoLine>> lplpoInRange, Period? from, Period? to)
    {
        var byItem = HistoryByItem(history, from, to);
        var fromHistory = byItem.Count > 0;
        if (!fromHistory)
        {
            var capacity = Capacity(from, to);
            var lplpo = new Dictionary<ItemKey, List<ItemMonth>>();
            foreach (var l in lplpoInRange()) Add(lplpo, l.Key, new ItemMonth(l.Period, l.Received, l.Used, l.Closing, 0), capacity);
            byItem = Sorted(lplpo);
        }
        var usage = new List<ItemUsage>(byItem.Count);
        foreach (var (key, months) in byItem) usage.Add(new ItemUsage(key, MergeDuplicates(months)));
        return (usage, fromHistory);
    }

    /// <summary>Per item (in facility and item order), its stock card months inside the range in the order given.</summary>
    public static List<(ItemKey Key, List<ItemMonth> Months)> HistoryByItem(IReadOnlyList<StockMonth> history, Period? from, Period? to)
    {
        var capacity = Capacity(from, to);
        var byItem = new Dictionary<ItemKey, List<ItemMonth>>();
        foreach (var h in history)
        {
            if ((from is { } f && h.Period < f) || (to is { } t && h.Period > t)) continue;
            Add(byItem, h.Key, new ItemMonth(h.Period, h.Received, h.Used, h.Closing, h.StockoutDays), capacity);
        }
        return Sorted(byItem);
    }

    // A month reported twice for one item is a data error caught by the file checks; here it must not
    // count twice or break the per-item order, so the rows are added up and the last closing kept.
    public static List<ItemMonth> MergeDuplicates(List<ItemMonth> months)
    {
        var repeated = false;
        for (var i = 1; i < months.Count && !repeated; i++)
        {
            for (var j = 0; j < i && !repeated; j++) repeated = months[i].Period == months[j].Period;
        }
        if (!repeated) return months;
        return months.GroupBy(m => m.Period).Select(g => g.Count() == 1
            ? g.First()
            : new ItemMonth(g.Key, g.Sum(m => m.Received), g.Sum(m => m.Used), g.Last().Closing, g.Sum(m => m.StockoutDays))).ToList();
    }

    private static int Capacity(Period? from, Period? to) =>
        from is { } first && to is { } last ? Math.Clamp(last.Ordinal - first.Ordinal + 1, 1, 12) : 12;

    private static List<(ItemKey Key, List<ItemMonth> Months)> Sorted(Dictionary<ItemKey, List<ItemMonth>> byItem)
    {
        var items = new List<(ItemKey Key, List<ItemMonth> Months)>(byItem.Count);
        foreach (var (key, months) in byItem) items.Add((key, months));
        items.Sort(static (a, b) => KeyOrder(a.Key, b.Key));
        return items;
    }

    private static void Add(Dictionary<ItemKey, List<ItemMonth>> byItem, ItemKey key, ItemMonth month, int capacity)
    {
        if (!byItem.TryGetValue(key, out var months)) byItem[key] = months = new List<ItemMonth>(capacity);
        months.Add(month);
    }
}
