using Requisition.Workflows.Persistence;
using static Requisition.Host.Cli.Bench.ReportLines;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// Writes a <c>bench-cycle</c> result as <c>name: value</c> lines, then each target with PASS or MISS. The month's
/// 10 s target is SQLite's; on PostgreSQL the same comparison is shown for information.
/// </summary>
public static class CycleBenchReport
{
    public static void Write(TextWriter writer, CycleBenchResult r)
    {
        var provider = r.Provider.ToString().ToLowerInvariant();
        var p95 = r.SubmitPercentile(95);
        Line(writer, "provider", provider);
        Line(writer, "district", $"{r.Puskesmas} puskesmas x {r.Items} items");
        Line(writer, "database", r.Kept ? $"{r.Location} (kept)" : $"{r.Location} (removed)");
        Line(writer, "seed_s", Number(r.SeedSeconds, "0.000"));
        Line(writer, "warmup", r.WarmupSeconds is { } warmup
            ? $"the same month played first on its own database (its month: {Number(warmup, "0.000")} s)"
            : "none (the month is the process's first)");
        Line(writer, "month_s", Number(r.MonthSeconds, "0.000"));
        Line(writer, "month_cpu_s", Number(r.MonthCpuSeconds, "0.000"));
        Line(writer, "month_gc", $"{r.Gc.Gen0}/{r.Gc.Gen1}/{r.Gc.Gen2} collections (gen0/1/2), {Number(r.Gc.Paused.TotalSeconds, "0.000")} s paused, {Number(r.Gc.AllocatedBytes / (1024.0 * 1024.0), "0")} MB allocated");
        Line(writer, "load_average", LoadAverage());
        Line(writer, "lplpos", r.Lplpos);
        Line(writer, "lines", r.Lines);
        Line(writer, "lines_adjusted", r.LinesAdjusted);
        Line(writer, "approved_in_batch", r.ApprovedInBatch);
        Line(writer, "closed", r.Closed);
        Line(writer, "movements_written", r.MovementsWritten);
        Line(writer, "submits_timed", r.SubmitMilliseconds.Count);
        Line(writer, "submit_ms_p50", Number(r.SubmitPercentile(50), "0.0"));
        Line(writer, "submit_ms_p95", Number(p95, "0.0"));
        Line(writer, "submit_ms_max", Number(r.SubmitMilliseconds.Count == 0 ? 0 : r.SubmitMilliseconds.Max(), "0.0"));
        Line(writer, "flags", r.FlagsByRule.Count == 0 ? "none" : string.Join(" ", r.FlagsByRule.Select(f => $"{f.Key}={f.Value}")));
        Line(writer, "database_mb", Number(r.DatabaseBytes / (1024.0 * 1024.0), "0.0"));
        var monthNote = r.Provider == DatabaseProvider.Sqlite ? "" : " (the target is set for sqlite; shown for comparison)";
        Line(writer, "target_month", $"{Verdict(r.MonthSeconds < CycleBenchOptions.MonthTargetSeconds)} {Number(r.MonthSeconds, "0.000")} s against < {Number(CycleBenchOptions.MonthTargetSeconds, "0")} s{monthNote}");
        Line(writer, "target_submit_p95", $"{Verdict(p95 < CycleBenchOptions.SubmitTargetMilliseconds)} {Number(p95, "0.0")} ms against < {Number(CycleBenchOptions.SubmitTargetMilliseconds, "0")} ms");
    }
}
