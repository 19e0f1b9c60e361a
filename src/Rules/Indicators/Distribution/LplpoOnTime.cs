using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// LPLPO on time (ketepatan waktu pelaporan LPLPO): LPLPOs that reached the IFK by the due day (lplpo_due_day of the
/// month after the period, as the late-LPLPO rule reads it) / LPLPOs expected x 100, where expected = each puskesmas
/// expected to report x each month of the range whose due day is before the as-of date (a month not yet due is not
/// expected, whether or not it was sent). A month with no LPLPO received counts as not on time; one received with no date
/// recorded (imported history) is neither, and is left out. Standard 100 %.
/// </summary>
public static class LplpoOnTime
{
    public const string Id = "lplpo_on_time";

    /// <summary>Null when there are neither LPLPO documents nor puskesmas expected to report.</summary>
    public static IndicatorResult? Compute(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Data.Documents is null && scope.Data.Reporting is null) return null;
        var slots = Slots(scope, thresholds, out var facilities, out var months, out var undated);
        var onTime = slots.Count(s => s.OnTime);
        var missing = slots.Count(s => s.Received is null);
        var value = Figures.Percent(onTime, slots.Count);
        var due = $"day {thresholds.LplpoDueDay} of the following month";
        var basis = value is null
            ? $"No LPLPO of {facilities} puskesmas was due ({due}) in {scope.RangeOnly} by {scope.Data.AsOf:yyyy-MM-dd}: nothing to divide by."
            : $"{onTime} of {Figures.Count(slots.Count, "LPLPO")} expected ({facilities} puskesmas x {Figures.Count(months, "month")} "
              + $"due by {scope.Data.AsOf:yyyy-MM-dd}) received by {due}; {slots.Count - onTime - missing} late, {missing} not received.";
        if (undated > 0) basis += $" {Figures.Count(undated, "LPLPO")} received with no date recorded (imported history) left out.";
        return new IndicatorResult(Id, value, "%", Standard.Percent(100), Standard.Near(value, 100), basis);
    }

    /// <summary>Every expected LPLPO: its due date, the day it was received (empty when not) and the days late; counts when on time.</summary>
    public static IndicatorBreakdown? Explain(IndicatorScope scope, ThresholdSet thresholds)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scope.Data.Documents is null && scope.Data.Reporting is null) return null;
        var rows = Slots(scope, thresholds, out _, out _, out _).Select(s => new IndicatorRow(s.Facility, null, $"LPLPO {s.Period}", s.Period,
            [Figures.Cell(s.Due), s.Received is { } on ? Figures.Cell(on) : "", s.Received is { } r ? Figures.Cell((long)Math.Max(0, r.DayNumber - s.Due.DayNumber)) : ""],
            s.OnTime));
        return new IndicatorBreakdown(Id, ["due", "received", "days late"], Figures.Ordered(rows));
    }

    /// <summary>The expected LPLPOs (puskesmas x months due before the as-of date, less the undated ones) with the day each was received.</summary>
    private static List<Slot> Slots(IndicatorScope scope, ThresholdSet thresholds, out int facilities, out int months, out int undated)
    {
        var unknown = (scope.Data.Undated ?? []).Select(d => (d.Facility, d.Period)).ToHashSet();
        var documents = scope.Data.Documents ?? [];
        var expected = (scope.Data.Reporting ?? documents.Select(d => d.Facility).ToList()).Distinct().ToList();
        var received = scope.Documents
            .Where(d => d.SubmittedOn is not null)
            .GroupBy(d => (d.Facility, d.Period))
            .ToDictionary(g => g.Key, g => g.Min(d => d.SubmittedOn!.Value));
        var due = scope.Periods.Select(p => (Period: p, Due: LateLplpo.DueDate(p, thresholds))).Where(p => p.Due < scope.Data.AsOf).ToList();
        facilities = expected.Count;
        months = due.Count;
        var slots = new List<Slot>(expected.Count * due.Count);
        undated = 0;
        foreach (var facility in expected)
        {
            foreach (var (period, date) in due)
            {
                if (unknown.Contains((facility, period)))
                {
                    undated++;
                    continue;
                }
                DateOnly? on = received.TryGetValue((facility, period), out var day) ? day : null;
                slots.Add(new Slot(facility, period, date, on, on is { } d && d <= date));
            }
        }
        return slots;
    }

    private sealed record Slot(FacilityId Facility, Period Period, DateOnly Due, DateOnly? Received, bool OnTime);
}
