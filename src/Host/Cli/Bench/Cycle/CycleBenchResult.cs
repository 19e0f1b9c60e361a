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
    long DatabaseBytes)
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
