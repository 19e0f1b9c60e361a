using static Requisition.Host.Cli.Bench.ReportLines;

namespace Requisition.Host.Cli.Bench.Http;

/// <summary>Writes a <c>bench-http</c> result as <c>name: value</c> lines (as <c>bench-cycle</c> does), then each target with PASS or MISS.</summary>
public static class HttpBenchReport
{
    public static void Write(TextWriter writer, HttpBenchResult r)
    {
        var submitP95 = HttpBenchResult.Percentile(r.SubmitMilliseconds, 95);
        var queueP95 = HttpBenchResult.Percentile(r.QueueMilliseconds, 95);
        Line(writer, "provider", "sqlite");
        Line(writer, "district", $"{r.Puskesmas} puskesmas x {r.Items} items");
        Line(writer, "server", $"{r.Server} (Kestrel in this process; the client on loopback)");
        Line(writer, "database", r.Kept ? $"{r.Location} (kept)" : $"{r.Location} (removed)");
        Line(writer, "database_mb", Number(r.DatabaseBytes / (1024.0 * 1024.0), "0.0"));
        Line(writer, "seed_s", Number(r.SeedSeconds, "0.000"));
        Line(writer, "warmup", r.WarmupSubmits > 0
            ? $"one untimed round first ({r.WarmupSubmits} submissions, each returned by the IFK)"
            : "none (the first submissions run on cold code)");
        Line(writer, "rounds", $"{r.Rounds} (every LPLPO saved, checked and submitted; returned by the IFK in between, untimed)");
        Line(writer, "lines_per_lplpo", r.LinesPerLplpo);
        Line(writer, "submits_timed", r.SubmitMilliseconds.Count);
        Line(writer, "flags_per_submit", Number(r.FlagsPerSubmit, "0.0"));
        Line(writer, "acks_per_submit", $"{Number(r.AcknowledgedRulesPerSubmit, "0.0")} rules acknowledged");
        Line(writer, "submit_ms_p50", Number(HttpBenchResult.Percentile(r.SubmitMilliseconds, 50), "0.0"));
        Line(writer, "submit_ms_p95", Number(submitP95, "0.0"));
        Line(writer, "submit_ms_max", Number(r.SubmitMilliseconds.Count == 0 ? 0 : r.SubmitMilliseconds.Max(), "0.0"));
        Line(writer, "submit_gc", $"{r.SubmitGc.Gen0}/{r.SubmitGc.Gen1}/{r.SubmitGc.Gen2} collections (gen0/1/2) over the timed rounds, {Number(r.SubmitGc.Paused.TotalSeconds, "0.000")} s paused");
        Line(writer, "queue_rows", $"{r.QueueRows} LPLPOs listed ({Number(r.QueueBytes / 1024.0, "0")} KB of HTML)");
        Line(writer, "queue_requests", $"{r.QueueMilliseconds.Count} timed after {HttpBenchOptions.QueueWarmupRequests} untimed, signed in with the cookie");
        Line(writer, "queue_ms_p50", Number(HttpBenchResult.Percentile(r.QueueMilliseconds, 50), "0.0"));
        Line(writer, "queue_ms_p95", Number(queueP95, "0.0"));
        Line(writer, "queue_ms_max", Number(r.QueueMilliseconds.Count == 0 ? 0 : r.QueueMilliseconds.Max(), "0.0"));
        Line(writer, "load_average", LoadAverage());
        Line(writer, "target_submit_p95", $"{Verdict(submitP95 < HttpBenchOptions.SubmitTargetMilliseconds)} {Number(submitP95, "0.0")} ms against < {Number(HttpBenchOptions.SubmitTargetMilliseconds, "0")} ms");
        Line(writer, "target_queue_p95", $"{Verdict(queueP95 < HttpBenchOptions.QueueTargetMilliseconds)} {Number(queueP95, "0.0")} ms against < {Number(HttpBenchOptions.QueueTargetMilliseconds, "0")} ms");
    }
}
