using Requisition.Host.Cli.Bench.Cycle;
using Requisition.Rules.Facts;

namespace Requisition.Host.Cli.Bench.Dashboard;

/// <summary>
/// A <c>bench-dashboard</c> run: the district and range, the seeding time, the warm-up's time, the first dashboard of a
/// second host (nothing cached), each timed run in milliseconds with the process's processor time during it (all
/// threads), the collector's work over the runs, and what the dashboard held (figures, trend points, LPLPO lines).
/// </summary>
public sealed record DashboardBenchResult(
    int Puskesmas, int Items, Period From, Period To, string Location, bool Kept, double SeedSeconds, double WarmupMilliseconds, double UncachedMilliseconds,
    IReadOnlyList<double> RunMilliseconds, IReadOnlyList<double> CpuMilliseconds, GcCounts Gc, int Figures, int TrendPoints, long Lines)
{
    public double Median => MedianOf(RunMilliseconds);

    public double CpuMedian => MedianOf(CpuMilliseconds);

    public double Max => RunMilliseconds.Count == 0 ? 0 : RunMilliseconds.Max();

    private static double MedianOf(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return 0;
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
