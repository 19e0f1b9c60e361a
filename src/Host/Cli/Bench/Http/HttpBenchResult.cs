using Requisition.Host.Cli.Bench.Cycle;

namespace Requisition.Host.Cli.Bench.Http;

/// <summary>What one <c>bench-http</c> run measured: request times in milliseconds as the client saw them over loopback.</summary>
public sealed record HttpBenchResult(
    int Puskesmas,
    int Items,
    string Server,
    string Location,
    bool Kept,
    double SeedSeconds,
    int Rounds,
    int WarmupSubmits,
    int LinesPerLplpo,
    double FlagsPerSubmit,
    double AcknowledgedRulesPerSubmit,
    IReadOnlyList<double> SubmitMilliseconds,
    GcCounts SubmitGc,
    int QueueRows,
    int QueueBytes,
    IReadOnlyList<double> QueueMilliseconds,
    long DatabaseBytes)
{
    /// <summary>The <paramref name="percent"/> percentile (nearest rank) of <paramref name="times"/>, or 0 when none were timed.</summary>
    public static double Percentile(IReadOnlyList<double> times, double percent)
    {
        if (times.Count == 0) return 0;
        var sorted = times.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
