using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// The data of one indicator run, filtered to the evaluated periods and indexed once for all indicators.
/// </summary>
/// <remarks>
/// Use comes from the stock card history when it has months in the range, else from the LPLPO lines:
/// the stock card is the primary record and reports stock-out days, the LPLPO repeats its figures.
/// The range of a run is [from, to]; an open end is taken from the months of that usage source, so
/// "all data" means the months that were actually reported.
/// </remarks>
public sealed class IndicatorScope
{
    private IndicatorScope(IndicatorData data, Period? from, Period? to)
    {
        Data = data;
        Catalog = data.Items.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First());
        Statuses = data.Statuses.GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.First());
        Lplpo = data.Lplpo.Where(l => InFilter(l.Period, from, to)).ToList();

        var history = data.History.Where(h => InFilter(h.Period, from, to)).ToList();
        UsageFromHistory = history.Count > 0;
        var months = UsageFromHistory
            ? history.Select(h => (h.Key, Month: new ItemMonth(h.Period, h.Received, h.Used, h.Closing, h.StockoutDays)))
            : Lplpo.Select(l => (l.Key, Month: new ItemMonth(l.Period, l.Received, l.Used, l.Closing, 0)));
        Usage = months
            .GroupBy(m => m.Key)
            .Select(g => new ItemUsage(g.Key, MergeDuplicates(g.Select(m => m.Month))))
            .OrderBy(u => u.Key.Facility.Value, StringComparer.Ordinal)
            .ThenBy(u => u.Key.DrugCode.Value, StringComparer.Ordinal)
            .ToList();

        var reported = Usage.SelectMany(u => u.Months).Select(m => m.Period).ToList();
        Start = from ?? (reported.Count > 0 ? reported.Min() : null);
        End = to ?? (reported.Count > 0 ? reported.Max() : null);
        if (Start is { } start && End is { } end && end >= start)
        {
            Months = end.Ordinal - start.Ordinal + 1;
            Days = Enumerable.Range(0, Months).Sum(i => start.AddMonths(i).Days);
        }
    }

    public IndicatorData Data { get; }

    /// <summary>Formulary items by key (the first row when a key repeats).</summary>
    public IReadOnlyDictionary<ItemKey, CatalogItem> Catalog { get; }

    /// <summary>Reference statuses by key.</summary>
    public IReadOnlyDictionary<ItemKey, ReferenceStatus> Statuses { get; }

    /// <summary>LPLPO lines whose period is inside [from, to].</summary>
    public IReadOnlyList<LplpoLine> Lplpo { get; }

    /// <summary>Per item, its months in the range, from the stock card history or else the LPLPO.</summary>
    public IReadOnlyList<ItemUsage> Usage { get; }

    /// <summary>True when <see cref="Usage"/> comes from the stock card history (which reports stock-out days).</summary>
    public bool UsageFromHistory { get; }

    /// <summary>First month of the range; null when no bound was given and nothing was reported.</summary>
    public Period? Start { get; }

    /// <summary>Last month of the range; null when no bound was given and nothing was reported.</summary>
    public Period? End { get; }

    /// <summary>Calendar months in the range, reported or not.</summary>
    public int Months { get; }

    /// <summary>Calendar days in the range (365 for a non-leap year).</summary>
    public int Days { get; }

    /// <summary>"2024-01..2024-12 (stock card history)": the range and where its use came from, for a basis sentence.</summary>
    public string RangeText =>
        (Start is { } s && End is { } e ? $"{s}..{e}" : "no period")
        + (UsageFromHistory ? " (stock card history)" : " (LPLPO)");

    /// <summary>Builds the scope; <paramref name="from"/> after <paramref name="to"/> is refused.</summary>
    public static IndicatorScope Of(IndicatorData data, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (from is { } f && to is { } t && f > t)
            throw new ArgumentException($"The range starts ({f}) after it ends ({t}).", nameof(from));
        return new IndicatorScope(data, from, to);
    }

    /// <summary>An item of the indicator drug set (set obat indikator); every item when no set was given.</summary>
    public bool IsIndicatorItem(ItemKey key) => Data.IndicatorDrugs is null || Data.IndicatorDrugs.Contains(key.DrugCode);

    /// <summary>The catalog unit price of an item, when it is in the formulary.</summary>
    public decimal? PriceOf(ItemKey key) => Catalog.TryGetValue(key, out var item) ? item.Price : null;

    private static bool InFilter(Period period, Period? from, Period? to) =>
        (from is null || period >= from.Value) && (to is null || period <= to.Value);

    // A month reported twice for one item is a data error caught by the file checks; here it must not
    // count twice or break the per-item order, so the rows are added up and the last closing kept.
    private static IEnumerable<ItemMonth> MergeDuplicates(IEnumerable<ItemMonth> months) =>
        months.GroupBy(m => m.Period).Select(g => g.Count() == 1
            ? g.First()
            : new ItemMonth(g.Key, g.Sum(m => m.Received), g.Sum(m => m.Used), g.Last().Closing, g.Sum(m => m.StockoutDays)));
}
