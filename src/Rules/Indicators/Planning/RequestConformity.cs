using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// Request conformity (kesesuaian jumlah permintaan): quantity requested in the LPLPO / quantity planned for
/// the same months x 100. Per item, each month it has LPLPO lines for is planned at the RKO annual need / 12 (its
/// own year's RKO when plans are per year); months without an RKO line are left out. Standard 100 %, with the
/// request_deviation_pct tolerance the "request deviates from plan" rule uses, so the two agree.
/// </summary>
public static class RequestConformity
{
    public const string Id = "request_conformity";

    /// <summary>Null when there is no RKO or no LPLPO line in the range.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (!scope.HasPlans || scope.Lplpo.Count == 0) return null;
        var lines = Lines(scope, out var unplanned);
        decimal requested = 0;
        var itemMonths = 0;
        // Summed before scaling, so 1/12 is taken once per month count (no per-item rounding residue).
        var annualByMonths = new Dictionary<int, long>();
        var keys = new HashSet<ItemKey>();
        foreach (var line in lines)
        {
            requested += line.Requested;
            itemMonths += line.Months;
            annualByMonths[line.Months] = annualByMonths.GetValueOrDefault(line.Months) + line.Annual;
            keys.Add(line.Key);
        }
        var planned = annualByMonths.Sum(m => m.Value * (decimal)m.Key / 12m);
        var paired = keys.Count;
        var value = Figures.Percent(requested, planned);
        var basis = value is null
            ? $"{Figures.Count(paired, "requested item")} with an RKO line, planned 0 for their months: nothing to divide by."
            : $"{Figures.Number(requested)} requested against {Figures.Number(planned)} planned (RKO / 12 x months) over "
              + $"{Figures.Count(paired, "item")} and {Figures.Count(itemMonths, "item-month")}.";
        if (unplanned > 0) basis += $" {Figures.Count(unplanned, "requested item")} without an RKO line left out.";
        var tolerance = thresholds.RequestDeviationPct;
        return new IndicatorResult(Id, value, "%", Standard.Percent(100, tolerance), Standard.Near(value, 100, tolerance), basis);
    }

    /// <summary>Per item and planning year: the planned months it has LPLPO lines for, the plan for them and the requests.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.HasPlans || scope.Lplpo.Count == 0) return null;
        var rows = Lines(scope, out _).Select(l =>
        {
            var single = l.Months == 1;
            var document = single ? $"LPLPO {l.First}" : $"LPLPO {l.First}..{l.Last}";
            return new IndicatorRow(l.Key.Facility, l.Key.DrugCode, document, single ? l.First : null,
                [Figures.Cell(l.Months), Figures.Cell(l.Planned), Figures.Cell(l.Requested)], null);
        });
        return new IndicatorBreakdown(Id, ["months", "planned", "requested"], Figures.Ordered(rows));
    }

    /// <summary>
    /// Per item and planning year (0 without per-year plans), the planned months it has LPLPO lines for (first, last,
    /// how many), the plan for them (annual x months / 12) and the quantity requested in them; <paramref name="unplanned"/>:
    /// the items requested in no planned month.
    /// </summary>
    private static List<Line> Lines(IndicatorScope scope, out int unplanned)
    {
        var lines = new List<Line>(scope.LplpoByItem.Count);
        unplanned = 0;
        foreach (var (key, itemLines) in scope.LplpoByItem)
        {
            var planned = false;
            // The lines are oldest first, so one planning year's months follow each other.
            for (var i = 0; i < itemLines.Count;)
            {
                var year = itemLines[i].Period.Year;
                Period? first = null, last = null;
                var months = 0;
                long requested = 0, annual = 0;
                for (; i < itemLines.Count && (!scope.PlansByYear || itemLines[i].Period.Year == year); i++)
                {
                    var line = itemLines[i];
                    if (scope.AnnualPlan(key, line.Period) is not { } plan) continue;
                    if (last != line.Period) months++;
                    first ??= line.Period;
                    last = line.Period;
                    requested += line.Requested;
                    annual = plan;
                }
                if (months == 0) continue;
                lines.Add(new Line(key, first!.Value, last!.Value, months, annual, annual * (decimal)months / 12m, requested));
                planned = true;
            }
            if (!planned) unplanned++;
        }
        return lines;
    }

    private readonly record struct Line(ItemKey Key, Period First, Period Last, int Months, long Annual, decimal Planned, long Requested);
}
