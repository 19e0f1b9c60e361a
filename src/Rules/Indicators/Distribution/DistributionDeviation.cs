using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Distribution deviation (penyimpangan jumlah obat yang didistribusikan): (requested - given) / given x 100
/// over the LPLPO lines the IFK has filled in (pemberian). Standard 0 %, with the approval_deviation_pct
/// tolerance the "approval deviates from request" rule uses.
/// </summary>
public static class DistributionDeviation
{
    public const string Id = "distribution_deviation";

    /// <summary>Null when no LPLPO line in the range has a given quantity yet.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        var reviewed = scope.Lplpo.Where(l => l.Given is not null).ToList();
        if (reviewed.Count == 0) return null;
        decimal requested = reviewed.Sum(l => l.Requested);
        decimal given = reviewed.Sum(l => l.Given!.Value);
        var value = Figures.Percent(requested - given, given);
        var basis = value is null
            ? $"Nothing given on the {Figures.Count(reviewed.Count, "reviewed LPLPO line")}: nothing to divide by."
            : $"{Figures.Number(requested)} requested, {Figures.Number(given)} given over {Figures.Count(reviewed.Count, "reviewed LPLPO line")}.";
        var tolerance = thresholds.ApprovalDeviationPct;
        return new IndicatorResult(Id, value, "%", Standard.Percent(0, tolerance), Standard.Near(value, 0, tolerance), basis);
    }

    /// <summary>Every reviewed LPLPO line: requested and given.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rows = scope.Lplpo
            .Where(l => l.Given is not null)
            .Select(l => new IndicatorRow(l.Facility, l.DrugCode, $"LPLPO {l.Period}", l.Period,
                [Figures.Cell(l.Requested), Figures.Cell(l.Given!.Value)], null))
            .ToList();
        return rows.Count == 0 ? null : new IndicatorBreakdown(Id, ["requested", "given"], Figures.Ordered(rows));
    }
}
