using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// What <c>bench-cycle</c> runs: the district's size, the database it runs on, whether to keep that database, and
/// whether a small month is played first so that the measured month runs on warm code, as in a running server.
/// </summary>
public sealed record CycleBenchOptions(int Puskesmas, int Items, DatabaseProvider Provider, string? PostgresServer, bool Keep, bool Warmup = true)
{
    /// <summary>The warm-up district: big enough to take every path of the month (batch approval, proportional cuts, adjustments).</summary>
    public const int WarmupPuskesmas = 3;

    public const int WarmupItems = 40;

    /// <summary>Issue 3, section 7: a district month on SQLite in under 10 s.</summary>
    public const double MonthTargetSeconds = 10;

    /// <summary>Issue 3, section 7: one LPLPO's submit (rules and persistence) at p95 under 50 ms.</summary>
    public const double SubmitTargetMilliseconds = 50;
}
