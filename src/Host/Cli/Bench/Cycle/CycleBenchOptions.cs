using Requisition.Workflows.Persistence;

namespace Requisition.Host.Cli.Bench.Cycle;

/// <summary>
/// What <c>bench-cycle</c> runs: the district's size, the database it runs on, whether to keep that database, and
/// whether the same district's month is played first (on its own database) so that the measured month runs on warm
/// code, as in a host that has been serving for a while.
/// </summary>
public sealed record CycleBenchOptions(int Puskesmas, int Items, DatabaseProvider Provider, string? PostgresServer, bool Keep, bool Warmup = true)
{
    /// <summary>Issue 3, section 7: a district month on SQLite in under 10 s.</summary>
    public const double MonthTargetSeconds = 10;

    /// <summary>Issue 3, section 7: one LPLPO's submit (rules and persistence) at p95 under 50 ms.</summary>
    public const double SubmitTargetMilliseconds = 50;
}
