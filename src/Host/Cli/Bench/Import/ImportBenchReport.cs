using static Requisition.Host.Cli.Bench.ReportLines;

namespace Requisition.Host.Cli.Bench.Import;

/// <summary>Writes a <c>bench-import</c> result as <c>name: value</c> lines, then the 30 s target with PASS or MISS.</summary>
public static class ImportBenchReport
{
    public static void Write(TextWriter writer, ImportBenchResult r)
    {
        Line(writer, "provider", "sqlite");
        Line(writer, "district", $"{r.Puskesmas} puskesmas x {r.Items} items x {r.Months} months");
        Line(writer, "database", r.Kept ? $"{r.Location} (kept)" : $"{r.Location} (removed)");
        Line(writer, "seed_s", Number(r.SeedSeconds, "0.000"));
        Line(writer, "load_average", LoadAverage());
        Line(writer, "rows", r.Rows);
        Line(writer, "file_mb", Number(r.Bytes / (1024.0 * 1024.0), "0.0"));
        Line(writer, "preview_s", Number(r.PreviewSeconds, "0.000"));
        Line(writer, "apply_s", Number(r.ApplySeconds, "0.000"));
        Line(writer, "total_s", Number(r.TotalSeconds, "0.000"));
        Line(writer, "rows_per_s", Number(r.RowsPerSecond, "0"));
        Line(writer, "written", $"{r.Added} added, {r.Changed} changed, {r.Unchanged} unchanged");
        Line(writer, "reapply_s", Number(r.ReapplySeconds, "0.000"));
        Line(writer, "reapply", $"{r.ReapplyAdded} added, {r.ReapplyChanged} changed, {r.ReapplyUnchanged} unchanged{(r.ReapplyAdded + r.ReapplyChanged == 0 ? " (idempotent)" : " (NOT idempotent)")}");
        Line(writer, "peak_memory_mb", Number(r.PeakWorkingSetBytes / (1024.0 * 1024.0), "0"));
        Line(writer, "target_import", $"{Verdict(r.TotalSeconds < ImportBenchOptions.TargetSeconds)} {Number(r.TotalSeconds, "0.000")} s (preview + apply) against < {Number(ImportBenchOptions.TargetSeconds, "0")} s");
    }
}
