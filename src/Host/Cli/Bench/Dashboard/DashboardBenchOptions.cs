namespace Requisition.Host.Cli.Bench.Dashboard;

/// <summary>
/// What <c>bench-dashboard</c> runs: the district's size, the months of closed history it is seeded with (the dashboard
/// spans them all), how many timed runs, and whether to keep the benchmark database.
/// </summary>
public sealed record DashboardBenchOptions(int Puskesmas, int Items, int Months, int Runs, bool Keep)
{
    /// <summary>Issue 5, section 6: the district dashboard for a year under 1 s.</summary>
    public const double TargetMilliseconds = 1000;
}
