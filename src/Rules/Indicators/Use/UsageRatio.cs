using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Usage ratio of the indicator drugs (persentase rata-rata penggunaan obat indikator): per indicator item,
/// issued / received x 100 over the range, then the mean over items. Items with nothing received are left
/// out. Higher is better (a low figure means stock sits too long); no pass/fail.
/// </summary>
public static class UsageRatio
{
    public const string Id = "usage_ratio";

    /// <summary>Null when there is no use or receipt figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Usage.Count == 0) return null;
        var items = scope.Usage.Where(u => scope.IsIndicatorItem(u.Key)).ToList();
        var ratios = items.Where(u => u.Received > 0).Select(u => u.Used * 100m / u.Received).ToList();
        decimal? value = ratios.Count == 0 ? null : ratios.Sum() / ratios.Count;
        var basis = value is null
            ? $"None of the {Figures.Count(items.Count, "indicator item")} received anything in {scope.RangeText}: nothing to divide by."
            : $"Mean of issued / received over {Figures.Count(ratios.Count, "indicator item")} "
              + $"({Figures.Number(items.Where(u => u.Received > 0).Sum(u => u.Used))} issued of {Figures.Number(items.Sum(u => u.Received))} received) in {scope.RangeText}.";
        var nothingReceived = items.Count - ratios.Count;
        if (value is not null && nothingReceived > 0) basis += $" {Figures.Count(nothingReceived, "item")} with nothing received left out.";
        return new IndicatorResult(Id, value, "%", Standard.HigherIsBetter, null, basis);
    }

    /// <summary>Every indicator item that received something: received, issued, issued / received %; the mean of the last column is the figure.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Usage.Count == 0) return null;
        var rows = scope.Usage.Where(u => scope.IsIndicatorItem(u.Key) && u.Received > 0).Select(u =>
        {
            var (document, lplpo) = Figures.UsageDocument(scope, u);
            return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                [Figures.Cell(u.Received), Figures.Cell(u.Used), Figures.Cell(u.Used * 100m / u.Received)], null);
        });
        return new IndicatorBreakdown(Id, ["received", "issued", "ratio %"], Figures.Ordered(rows));
    }
}
