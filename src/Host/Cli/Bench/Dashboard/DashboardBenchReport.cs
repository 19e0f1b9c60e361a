using static Requisition.Host.Cli.Bench.ReportLines;

namespace Requisition.Host.Cli.Bench.Dashboard;

/// <summary>Writes a <c>bench-dashboard</c> result as <c>name: value</c> lines, then the 1 s target with PASS or MISS (judged on the median).</summary>
public static class DashboardBenchReport
{
    public static void Write(TextWriter writer, DashboardBenchResult r)
    {
        Line(writer, "provider", "sqlite");
        Line(writer, "district", $"{r.Puskesmas} puskesmas x {r.Items} items");
        Line(writer, "range", $"{r.From}..{r.To} (the whole district, as the IFK officer)");
        Line(writer, "database", r.Kept ? $"{r.Location} (kept)" : $"{r.Location} (removed)");
        Line(writer, "seed_s", Number(r.SeedSeconds, "0.000"));
        Line(writer, "lplpo_lines", r.Lines);
        Line(writer, "figures", r.Figures);
        Line(writer, "trend_points", r.TrendPoints);
        Line(writer, "load_average", LoadAverage());
        Line(writer, "warmup_ms", Number(r.WarmupMilliseconds, "0.0"));
        Line(writer, "uncached_ms", $"{Number(r.UncachedMilliseconds, "0.0")} (a second host's first dashboard: warm code, no closed LPLPO read yet)");
        Line(writer, "runs", r.RunMilliseconds.Count);
        Line(writer, "runs_ms", string.Join(" ", r.RunMilliseconds.Select(ms => Number(ms, "0.0"))));
        Line(writer, "dashboard_ms_median", Number(r.Median, "0.0"));
        Line(writer, "dashboard_ms_max", Number(r.Max, "0.0"));
        Line(writer, "dashboard_cpu_ms", $"{Number(r.CpuMedian, "0.0")} median processor time a run (all threads; wall time above it means waiting, below it parallel work)");
        Line(writer, "dashboard_gc", $"{r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} collections (gen0/1/2) over the runs, "
            + $"{Number(r.Gc.Paused.TotalMilliseconds / Math.Max(1, r.RunMilliseconds.Count), "0.0")} ms paused and "
            + $"{Number(r.Gc.AllocatedBytes / (1024.0 * 1024.0) / Math.Max(1, r.RunMilliseconds.Count), "0")} MB allocated a run");
        Line(writer, "target_dashboard", $"{Verdict(r.Median < DashboardBenchOptions.TargetMilliseconds)} median {Number(r.Median, "0.0")} ms "
            + $"(max {Number(r.Max, "0.0")} ms) against < {Number(DashboardBenchOptions.TargetMilliseconds, "0")} ms");
    }
}
