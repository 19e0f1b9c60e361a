using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// What one <c>bench-cycle</c> run measured and counted. Times in seconds or milliseconds as named; the month's processor
/// time is this process's (SQLite runs in it; a PostgreSQL server's own work is not counted).
/// </summary>
public sealed record CycleBenchResult(
    DatabaseProvider Provider,
    int Puskesmas,
    int Items,
    string Location,
    bool Kept,
    double SeedSeconds,
    double? WarmupSeconds,
    double MonthSeconds,
    double MonthCpuSeconds,
    int Lplpos,
    int Lines,
    int LinesAdjusted,
    int ApprovedInBatch,
    int Closed,
    long MovementsWritten,
    IReadOnlyList<double> SubmitMilliseconds,
    IReadOnlyDictionary<string, int> FlagsByRule,
    long DatabaseBytes,
    GcCounts Gc)
{
    /// <summary>The <paramref name="percent"/> percentile of the submit times (nearest rank), or 0 when none were timed.</summary>
    public double SubmitPercentile(double percent)
    {
        if (SubmitMilliseconds.Count == 0) return 0;
        var sorted = SubmitMilliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}

/// <summary>The garbage collector's work over a span: collections per generation, time paused, bytes allocated.</summary>
public readonly record struct GcCounts(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long AllocatedBytes)
{
    public static GcCounts Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
        GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());

    public static GcCounts operator -(GcCounts after, GcCounts before) => new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2, after.Paused - before.Paused, after.AllocatedBytes - before.AllocatedBytes);
}
