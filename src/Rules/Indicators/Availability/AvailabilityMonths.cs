using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Availability level (tingkat ketersediaan obat): the mean over items of months of stock, latest closing
/// stock / average monthly use. Items with no use have no finite figure and are left out of the mean.
/// Meets when within safe_from_months..excess_months (12-18 months).
/// </summary>
public static class AvailabilityMonths
{
    public const string Id = "availability_months";

    /// <summary>Null when there is no use or stock figure in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Usage.Count == 0) return null;
        var measured = scope.Usage.Where(u => u.MonthsOfStock is not null).Select(u => u.MonthsOfStock!.Value).ToList();
        var unused = scope.Usage.Count - measured.Count;
        decimal? value = measured.Count == 0 ? null : measured.Sum() / measured.Count;
        var basis = value is null
            ? $"None of the {Figures.Count(scope.Usage.Count, "item")} had any use in {scope.RangeText}: nothing to divide by."
            : $"Mean months of stock (latest closing / average monthly use) over {Figures.Count(measured.Count, "item")} in {scope.RangeText}.";
        if (value is not null && unused > 0) basis += $" {Figures.Count(unused, "item")} with no use left out.";
        var standard = $"{Figures.Number(thresholds.SafeFromMonths)}-{Figures.Number(thresholds.ExcessMonths)} months";
        return new IndicatorResult(Id, value, "months", standard,
            Standard.Within(value, thresholds.SafeFromMonths, thresholds.ExcessMonths), basis);
    }

    /// <summary>Every item with use: latest closing, average monthly use and months of stock (the mean of the last column is the figure).</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Usage.Count == 0) return null;
        var rows = scope.Usage.Where(u => u.MonthsOfStock is not null).Select(u =>
        {
            var (document, lplpo) = Figures.UsageDocument(scope, u);
            return new IndicatorRow(u.Key.Facility, u.Key.DrugCode, document, lplpo,
                [Figures.Cell(u.LatestClosing), Figures.Cell(u.AverageMonthlyUse), Figures.Cell(u.MonthsOfStock)], null);
        });
        return new IndicatorBreakdown(Id, ["closing", "average monthly use", "months of stock"], Figures.Ordered(rows));
    }
}
