using System.Runtime.InteropServices;

namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>
/// The six benchmark rules written by hand, without the rules engine: the baseline the engine's
/// time is divided by. Every rule is evaluated on every fact; the output is the same flag and alert
/// objects the engine produces, so both sides pay for what they build.
/// </summary>
public static class PlainEvaluation
{
    /// <summary>Evaluates rules A..F on <paramref name="workload"/> and returns what they found.</summary>
    public static WorkloadCounts Evaluate(Workload workload) => Run(workload).Counts;

    /// <summary>Evaluates rules A..F on <paramref name="workload"/>, keeping the flags and alerts.</summary>
    public static PlainEvaluationResult Run(Workload workload)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var thresholds = workload.Thresholds;
        var formulary = IndexByDrugCode(workload.Formulary);
        var lines = AsSpan(workload.Lines);
        var batches = AsSpan(workload.Batches);

        // A first guess at the number of flags; the list grows if the facts are worse.
        var flags = new List<BenchFlag>((lines.Length + batches.Length) / 16 + 16);
        int a = 0, b = 0, c = 0, d = 0, e = 0;

        long excessMonths = thresholds.ExcessMonths;
        long deviationPct = thresholds.PlanDeviationPct;
        foreach (var line in lines)
        {
            formulary.TryGetValue(line.DrugCode, out var entry);

            // A: not on the formulary at all, or on it but not on FORNAS.
            if (entry is null || !entry.OnFornas)
            {
                flags.Add(new BenchFlag("A", line.FacilityId, line.DrugCode));
                a++;
            }

            // B: on the formulary but not on DOEN.
            if (entry is not null && !entry.OnDoen)
            {
                flags.Add(new BenchFlag("B", line.FacilityId, line.DrugCode));
                b++;
            }

            // C: more months of stock than the excess threshold (long: the product can pass int).
            if (line.AvgMonthlyUse > 0 && line.StockOnHand > excessMonths * line.AvgMonthlyUse)
            {
                flags.Add(new BenchFlag("C", line.FacilityId, line.DrugCode));
                c++;
            }

            // E: the request deviates from the plan by more than the percentage threshold.
            if (line.Planned > 0
                && Math.Abs((long)line.Requested - line.Planned) * 100 > deviationPct * line.Planned)
            {
                flags.Add(new BenchFlag("E", line.FacilityId, line.DrugCode));
                e++;
            }
        }

        // D: the batch expires within the near-expiry window (expiring on the last day counts).
        var nearExpiryLimit = workload.Today.AddMonths(thresholds.NearExpiryMonths);
        foreach (var batch in batches)
        {
            if (batch.ExpiryDate <= nearExpiryLimit)
            {
                flags.Add(new BenchFlag("D", batch.FacilityId, batch.DrugCode));
                d++;
            }
        }

        var alerts = RaiseFacilityAlerts(flags, workload.Facilities, thresholds.AlertFlagCount, out var flagsInAlerted);
        var counts = new WorkloadCounts(a, b, c, d, e, flags.Count, alerts.Count, flagsInAlerted);
        return new PlainEvaluationResult(flags, alerts, counts);
    }

    /// <summary>F: chains on the flags once all A..E flags exist; one alert per facility over the limit.</summary>
    private static List<FacilityAlert> RaiseFacilityAlerts(
        List<BenchFlag> flags, int facilities, int alertFlagCount, out int flagsInAlerted)
    {
        var perFacility = new Dictionary<string, int>(facilities);
        foreach (var flag in CollectionsMarshal.AsSpan(flags))
        {
            CollectionsMarshal.GetValueRefOrAddDefault(perFacility, flag.FacilityId, out _)++;
        }

        var alerts = new List<FacilityAlert>(perFacility.Count);
        flagsInAlerted = 0;
        foreach (var (facility, count) in perFacility)
        {
            if (count > alertFlagCount)
            {
                alerts.Add(new FacilityAlert(facility, count));
                flagsInAlerted += count;
            }
        }

        return alerts;
    }

    private static Dictionary<string, FormularyEntry> IndexByDrugCode(IReadOnlyList<FormularyEntry> formulary)
    {
        var index = new Dictionary<string, FormularyEntry>(formulary.Count, StringComparer.Ordinal);
        foreach (var entry in AsSpan(formulary))
        {
            // A formulary holds a drug once; should a code repeat, its first entry is the one that counts.
            index.TryAdd(entry.DrugCode, entry);
        }

        return index;
    }

    /// <summary>Iterates arrays and lists without an interface call per element; anything else is copied once.</summary>
    private static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => items.ToArray(),
    };
}
