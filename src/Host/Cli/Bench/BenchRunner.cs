using System.Diagnostics;
using Requisition.Host.Cli.Bench.EngineRules;
using Requisition.Host.Cli.Bench.Workload;
using Requisition.Rules.Engine.Runtime;

namespace Requisition.Host.Cli.Bench;

/// <summary>
/// Runs the WORKLOAD.md benchmark: the six rules in the engine's DSL and, on the same facts in the same
/// process, the plain hand-written evaluation. Medians over several runs after warm-up sessions.
/// </summary>
public static class BenchRunner
{
    public static IReadOnlyList<BenchRule> Rules { get; } = [new RuleA(), new RuleB(), new RuleC(), new RuleD(), new RuleE(), new RuleF()];

    /// <summary>Compiles the benchmark rule set, timing the first (cold) compile of the process.</summary>
    public static (RuleSet RuleSet, double CompileMs) Compile()
    {
        var watch = Stopwatch.StartNew();
        var set = RuleSet.Compile(Rules);
        return (set, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>
    /// Warm-up sessions, so that the measured runs see the JIT's final (tier-1, profile-guided) code and not
    /// its first quick compile: at least <paramref name="sessions"/> sessions and <paramref name="minimum"/> of
    /// running, with pauses that let the background compiler promote the hot methods.
    /// </summary>
    public static void WarmUp(RuleSet set, int sessions = 200, TimeSpan? minimum = null)
    {
        var small = Workload.Workload.Generate(40);
        var until = Stopwatch.StartNew();
        var limit = minimum ?? TimeSpan.FromSeconds(3);
        for (var i = 0; i < sessions || until.Elapsed < limit; i++)
        {
            RunEngine(small, set);
            PlainEvaluation.Evaluate(small);
            if (i % 50 == 49) Thread.Sleep(150);
        }
    }

    public static BenchRow Measure(int facilities, RuleSet set, double compileMs)
    {
        var workload = Workload.Workload.Generate(facilities);
        var lines = workload.Lines.Count;
        var runs = Math.Clamp(400_000 / Math.Max(1, lines), 3, 200);
        var insert = new double[runs];
        var fire = new double[runs];
        var total = new double[runs];
        var plain = new double[runs];
        var alloc = new double[runs];
        EngineResult last = default;
        for (var i = 0; i < runs; i++)
        {
            if (lines >= 100_000) { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); }
            var before = GC.GetAllocatedBytesForCurrentThread();
            last = RunEngine(workload, set);
            alloc[i] = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024.0);
            insert[i] = last.InsertMs;
            fire[i] = last.FireMs;
            total[i] = last.InsertMs + last.FireMs;
            var watch = Stopwatch.StartNew();
            var counts = PlainEvaluation.Evaluate(workload);
            plain[i] = watch.Elapsed.TotalMilliseconds;
            if (counts != last.Counts)
                throw new InvalidOperationException(
                    $"Engine and plain evaluation disagree at {facilities} facilities: engine {last.Counts}, plain {counts}.");
        }
        var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var medianTotal = Median(total);
        var medianPlain = Median(plain);
        return new BenchRow(facilities, lines, compileMs, Median(insert), Median(fire), medianTotal, medianPlain,
            medianPlain > 0 ? medianTotal / medianPlain : double.NaN, Median(alloc), peakMb, last.Counts.Flags, last.Counts.Alerts, runs);
    }

    /// <summary>One engine session over the workload: insert every fact, fire, count what came out.</summary>
    public static EngineResult RunEngine(Workload.Workload workload, RuleSet set)
    {
        var watch = Stopwatch.StartNew();
        var session = set.CreateSession();
        session.Insert(new BenchParameters(workload.Thresholds, workload.Today));
        session.InsertRange(workload.Formulary);
        session.InsertRange(workload.Lines);
        session.InsertRange(workload.Batches);
        var insertMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        session.Fire();
        var fireMs = watch.Elapsed.TotalMilliseconds;
        return new EngineResult(insertMs, fireMs, Count(session));
    }

    private static WorkloadCounts Count(RuleSession session)
    {
        int a = 0, b = 0, c = 0, d = 0, e = 0;
        var perFacility = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var flag in session.Query<BenchFlag>())
        {
            switch (flag.Rule)
            {
                case "A": a++; break;
                case "B": b++; break;
                case "C": c++; break;
                case "D": d++; break;
                case "E": e++; break;
            }
            perFacility[flag.FacilityId] = perFacility.GetValueOrDefault(flag.FacilityId) + 1;
        }
        var alerts = session.Query<FacilityAlert>().ToList();
        var inAlerted = alerts.Sum(x => x.FlagCount);
        var alertsMatchCounts = alerts.All(x => perFacility[x.FacilityId] == x.FlagCount);
        if (!alertsMatchCounts) throw new InvalidOperationException("An alert carries a count other than its facility's flags.");
        return new WorkloadCounts(a, b, c, d, e, a + b + c + d + e, alerts.Count, inAlerted);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public readonly record struct EngineResult(double InsertMs, double FireMs, WorkloadCounts Counts);
}
