using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Receipt conformity (kesesuaian jumlah penerimaan): quantity received / quantity requested x 100.
/// The request of period p is delivered during p + 1, so it is paired with the received column of the
/// same item's LPLPO for the next period (which may lie past the range: the request belongs to the
/// range, its delivery follows). A request with no next-period line is left out. Standard 100 %.
/// </summary>
public static class ReceiptConformity
{
    public const string Id = "receipt_conformity";

    /// <summary>Null when there is no LPLPO line in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Lplpo.Count == 0) return null;
        decimal requested = 0, received = 0;
        int paired = 0, unpaired = 0;
        foreach (var line in scope.Lplpo)
        {
            if (scope.ReceivedIn(line.Key, line.Period.AddMonths(1)) is not { } next)
            {
                unpaired++;
                continue;
            }
            paired++;
            requested += line.Requested;
            received += next;
        }
        var value = Figures.Percent(received, requested);
        var basis = value is null
            ? $"Nothing requested on the {Figures.Count(paired, "LPLPO line")} with a next period: nothing to divide by."
            : $"{Figures.Number(received)} received in the next period against {Figures.Number(requested)} requested over {Figures.Count(paired, "LPLPO line")}.";
        if (unpaired > 0) basis += $" {Figures.Count(unpaired, "line")} without a next-period LPLPO left out.";
        return new IndicatorResult(Id, value, "%", Standard.Percent(100), Standard.Near(value, 100), basis);
    }

    /// <summary>Every LPLPO line with a next period: the quantity requested and the quantity received in the next period.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Lplpo.Count == 0) return null;
        var rows = scope.Lplpo
            .Where(l => scope.ReceivedIn(l.Key, l.Period.AddMonths(1)) is not null)
            .Select(l => new IndicatorRow(l.Facility, l.DrugCode, $"LPLPO {l.Period}", l.Period,
                [Figures.Cell(l.Requested), Figures.Cell(scope.ReceivedIn(l.Key, l.Period.AddMonths(1))!.Value)], null));
        return new IndicatorBreakdown(Id, ["requested", "received next period"], Figures.Ordered(rows));
    }
}
