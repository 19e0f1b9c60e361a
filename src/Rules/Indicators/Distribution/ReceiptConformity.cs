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
        var receivedIn = scope.Data.Lplpo
            .GroupBy(l => (l.Key, l.Period))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Received));
        decimal requested = 0, received = 0;
        int paired = 0, unpaired = 0;
        foreach (var line in scope.Lplpo)
        {
            if (!receivedIn.TryGetValue((line.Key, line.Period.AddMonths(1)), out var next))
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
}
