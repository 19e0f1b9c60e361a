using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Indicators month by month (tren bulanan): each month of a range is computed as a one-month range of its own, so a
/// month's point is the figure that month alone would show. The data is split by month once and the plans indexed
/// once; the months are independent and computed in parallel.
/// </summary>
public static class MonthlySeries
{
    /// <summary>
    /// The series of each indicator in <paramref name="ids"/> over [<paramref name="from"/>, <paramref name="to"/>], in
    /// that order, one point per calendar month (null where the month had nothing to divide by or no data).
    /// </summary>
    public static IReadOnlyList<IndicatorSeries> Compute(IndicatorData data, ThresholdSet thresholds, Period from, Period to, IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(ids);
        if (from > to) throw new ArgumentException($"The range starts ({from}) after it ends ({to}).", nameof(from));
        var definitions = ids.Select(id => IndicatorCalculator.Find(id) ?? throw new ArgumentException($"No indicator '{id}'.", nameof(ids))).ToList();
        var months = to.Ordinal - from.Ordinal + 1;
        var history = Split(data.History, h => h.Period, from, months, 0);
        // A month's LPLPO lines and the next month's: receipt conformity pairs a request with the next month's receipts.
        var lplpo = Split(data.Lplpo, l => l.Period, from, months, 1);
        var documents = data.Documents is null ? null : Split(data.Documents, d => d.Period, from, months, 0);
        var plans = PlanIndex.Of(data);
        // Each item's months grouped once for the whole range, so a month's usage is picked out item by item in order.
        var items = UsageBuilder.HistoryByItem(data.History, from, to);
        var values = new decimal?[definitions.Count, months];
        Parallel.For(0, months, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var month = from.AddMonths(i);
            var monthData = data with { History = history[i], Lplpo = lplpo[i], Documents = documents?[i] };
            // A month without history takes its use from its LPLPO lines, as any scope does.
            var scope = history[i].Count == 0
                ? new IndicatorScope(monthData, month, month, plans)
                : new IndicatorScope(monthData, month, month, plans, (UsageIn(items, month), true));
            for (var d = 0; d < definitions.Count; d++) values[d, i] = definitions[d].Compute(scope, thresholds)?.Value;
        });
        return definitions
            .Select((definition, d) => new IndicatorSeries(definition.Id,
                Enumerable.Range(0, months).Select(i => new MonthValue(from.AddMonths(i), values[d, i])).ToList()))
            .ToList();
    }

    /// <summary>The usage of each item with history in <paramref name="month"/>, in the items' order.</summary>
    private static List<ItemUsage> UsageIn(List<(ItemKey Key, List<ItemMonth> Months)> items, Period month)
    {
        var usage = new List<ItemUsage>(items.Count);
        foreach (var (key, months) in items)
        {
            List<ItemMonth>? inMonth = null;
            foreach (var m in months)
            {
                if (m.Period == month) (inMonth ??= new List<ItemMonth>(1)).Add(m);
            }
            if (inMonth is not null) usage.Add(new ItemUsage(key, UsageBuilder.MergeDuplicates(inMonth)));
        }
        return usage;
    }

    /// <summary>Rows by month of the range; with <paramref name="following"/> 1, a month's list also holds the next month's rows.</summary>
    private static List<T>[] Split<T>(IReadOnlyList<T> rows, Func<T, Period> period, Period from, int months, int following)
    {
        var byMonth = new List<T>[months];
        for (var i = 0; i < months; i++) byMonth[i] = [];
        foreach (var row in rows)
        {
            var index = period(row).Ordinal - from.Ordinal;
            for (var i = index - following; i <= index; i++)
            {
                if (i >= 0 && i < months) byMonth[i].Add(row);
            }
        }
        return byMonth;
    }
}
