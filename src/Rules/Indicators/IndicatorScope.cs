using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>
/// The data of one indicator run, filtered to the evaluated periods and indexed once for all indicators.
/// </summary>
/// <remarks>
/// Use comes from the stock card history when it has months in the range, else from the LPLPO lines:
/// the stock card is the primary record and reports stock-out days, the LPLPO repeats its figures.
/// The range of a run is [from, to]; an open end is taken from the months of that usage source (and of the LPLPO
/// documents), so "all data" means the months that were actually reported.
/// The indexes are built on first use, so one scope is read by one thread at a time (the month-by-month scopes of
/// <see cref="MonthlySeries"/> are separate objects).
/// </remarks>
public sealed class IndicatorScope
{
    private List<LplpoLine>? _lplpo;
    private Dictionary<ItemKey, CatalogItem>? _catalog;
    private Dictionary<ItemKey, ReferenceStatus>? _statuses;
    private Dictionary<ItemKey, ItemUsage>? _usageByKey;
    private Dictionary<ItemKey, IReadOnlyList<LplpoLine>>? _lplpoByItem;
    private Dictionary<ItemKey, IReadOnlyList<LplpoLine>>? _allLplpoByItem;
    private readonly PlanIndex _plans;
    private readonly Period? _from;
    private readonly Period? _to;

    /// <param name="usage">The items' usage when the caller grouped it already (in facility and item order), and whether it came from the history.</param>
    internal IndicatorScope(IndicatorData data, Period? from, Period? to, PlanIndex? plans, (List<ItemUsage> Usage, bool FromHistory)? usage = null)
    {
        Data = data;
        _plans = plans ?? PlanIndex.Of(data);
        (_from, _to) = (from, to);
        Documents = (data.Documents ?? []).Where(d => InFilter(d.Period, from, to)).ToList();
        (Usage, UsageFromHistory) = usage ?? UsageBuilder.Build(data.History, () => Lplpo, from, to);

        if (from is null || to is null)
        {
            var reported = Usage.SelectMany(u => u.Months).Select(m => m.Period).Concat(Documents.Select(d => d.Period)).ToList();
            from ??= reported.Count > 0 ? reported.Min() : null;
            to ??= reported.Count > 0 ? reported.Max() : null;
        }
        Start = from;
        End = to;
        if (Start is { } start && End is { } end && end >= start)
        {
            Months = end.Ordinal - start.Ordinal + 1;
            Days = Enumerable.Range(0, Months).Sum(i => start.AddMonths(i).Days);
        }
    }

    public IndicatorData Data { get; }

    /// <summary>Formulary items by key (the first row when a key repeats); indexed on first use.</summary>
    public IReadOnlyDictionary<ItemKey, CatalogItem> Catalog => _catalog ??= FirstByKey(Data.Items, i => i.Key);

    /// <summary>Reference statuses by key (the first when a key repeats); indexed on first use.</summary>
    public IReadOnlyDictionary<ItemKey, ReferenceStatus> Statuses => _statuses ??= FirstByKey(Data.Statuses, s => s.Key);

    /// <summary>LPLPO lines whose period is inside [from, to] (filtered on first use).</summary>
    public IReadOnlyList<LplpoLine> Lplpo => _lplpo ??= Data.Lplpo.Where(l => InFilter(l.Period, _from, _to)).ToList();

    /// <summary>LPLPO documents whose period is inside [from, to].</summary>
    public IReadOnlyList<LplpoDocument> Documents { get; }

    /// <summary>Per item, its months in the range, from the stock card history or else the LPLPO.</summary>
    public IReadOnlyList<ItemUsage> Usage { get; }

    /// <summary><see cref="Usage"/> by item.</summary>
    public IReadOnlyDictionary<ItemKey, ItemUsage> UsageByKey => _usageByKey ??= Usage.ToDictionary(u => u.Key);

    /// <summary>The LPLPO lines inside the range per item, oldest first (indexed once, on first use).</summary>
    public IReadOnlyDictionary<ItemKey, IReadOnlyList<LplpoLine>> LplpoByItem => _lplpoByItem ??= InRange(AllLplpoByItem);

    /// <summary>Every LPLPO line given per item, inside the range or not, oldest first (indexed once, on first use).</summary>
    private Dictionary<ItemKey, IReadOnlyList<LplpoLine>> AllLplpoByItem => _allLplpoByItem ??= IndexLplpo(Data.Lplpo);

    /// <summary>
    /// The quantity an item's LPLPO for <paramref name="period"/> reports received (penerimaan), over every LPLPO line
    /// given, inside the range or not; null when there is no such line.
    /// </summary>
    public long? ReceivedIn(ItemKey key, Period period)
    {
        if (!AllLplpoByItem.TryGetValue(key, out var lines)) return null;
        long? received = null;
        foreach (var line in lines)
        {
            if (line.Period == period) received = (received ?? 0) + line.Received;
        }
        return received;
    }

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

    /// <summary>The calendar months of the range, oldest first.</summary>
    public IEnumerable<Period> Periods => Start is { } s ? Enumerable.Range(0, Months).Select(s.AddMonths) : [];

    /// <summary>"2024-01..2024-12 (stock card history)": the range and where its use came from, for a basis sentence.</summary>
    public string RangeText => RangeOnly + $" ({UsageSource})";

    /// <summary>"2024-01..2024-12", or "no period".</summary>
    public string RangeOnly => Start is { } s && End is { } e ? (s == e ? s.ToString() : $"{s}..{e}") : "no period";

    /// <summary>Where the use figures came from: the history's source ("stock card history" unless named) or "LPLPO".</summary>
    public string UsageSource => UsageFromHistory ? Data.HistorySource ?? "stock card history" : "LPLPO";

    /// <summary>Whether any RKO line is present to plan by.</summary>
    public bool HasPlans => _plans.All.Count > 0;

    /// <summary>Whether plans are kept per year (<see cref="IndicatorData.Plans"/>) rather than one RKO for any month.</summary>
    public bool PlansByYear => _plans.ByYear;

    /// <summary>The RKO's planned need for the year of <paramref name="month"/> (any year without per-year plans); null when unplanned.</summary>
    public long? AnnualPlan(ItemKey key, Period month) => _plans.Annual(key, month);

    /// <summary>Every planned item with its annual need, by year (year 0 when plans are not per year).</summary>
    public IReadOnlyList<(int Year, ItemKey Key, long Annual)> Plans => _plans.All;

    /// <summary>Builds the scope; <paramref name="from"/> after <paramref name="to"/> is refused.</summary>
    public static IndicatorScope Of(IndicatorData data, Period? from, Period? to)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckRange(from, to);
        return new IndicatorScope(data, from, to, null);
    }

    private static void CheckRange(Period? from, Period? to)
    {
        if (from is { } f && to is { } t && f > t)
            throw new ArgumentException($"The range starts ({f}) after it ends ({t}).", nameof(from));
    }

    /// <summary>An item of the indicator drug set (set obat indikator); every item when no set was given.</summary>
    public bool IsIndicatorItem(ItemKey key) => Data.IndicatorDrugs is null || Data.IndicatorDrugs.Contains(key.DrugCode);

    /// <summary>The catalog unit price of an item, when it is in the formulary.</summary>
    public decimal? PriceOf(ItemKey key) => Catalog.TryGetValue(key, out var item) ? item.Price : null;

    private static bool InFilter(Period period, Period? from, Period? to) =>
        (from is null || period >= from.Value) && (to is null || period <= to.Value);

    /// <summary>Each item's lines inside the bounds <see cref="Lplpo"/> was filtered by (the same list when all are), leaving out items with none.</summary>
    private Dictionary<ItemKey, IReadOnlyList<LplpoLine>> InRange(Dictionary<ItemKey, IReadOnlyList<LplpoLine>> all)
    {
        var index = new Dictionary<ItemKey, IReadOnlyList<LplpoLine>>(all.Count);
        foreach (var (key, lines) in all)
        {
            var inside = 0;
            foreach (var line in lines) inside += InFilter(line.Period, _from, _to) ? 1 : 0;
            if (inside == lines.Count) index[key] = lines;
            else if (inside > 0) index[key] = lines.Where(l => InFilter(l.Period, _from, _to)).ToList();
        }
        return index;
    }

    private static Dictionary<ItemKey, T> FirstByKey<T>(IReadOnlyList<T> rows, Func<T, ItemKey> key)
    {
        var index = new Dictionary<ItemKey, T>(rows.Count);
        foreach (var row in rows) index.TryAdd(key(row), row);
        return index;
    }

    private static Dictionary<ItemKey, IReadOnlyList<LplpoLine>> IndexLplpo(IReadOnlyList<LplpoLine> lines)
    {
        var byItem = new Dictionary<ItemKey, List<LplpoLine>>();
        foreach (var line in lines)
        {
            if (!byItem.TryGetValue(line.Key, out var list)) byItem[line.Key] = list = new List<LplpoLine>(12);
            list.Add(line);
        }
        var index = new Dictionary<ItemKey, IReadOnlyList<LplpoLine>>(byItem.Count);
        foreach (var (key, list) in byItem)
        {
            var sorted = true;
            for (var i = 1; i < list.Count && sorted; i++) sorted = list[i - 1].Period <= list[i].Period;
            index[key] = sorted ? list : list.OrderBy(l => l.Period).ToList();
        }
        return index;
    }
}
