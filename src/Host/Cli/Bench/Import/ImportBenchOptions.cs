namespace Requisition.Host.Cli.Bench.Import;

/// <summary>What <c>bench-import</c> runs: the district's size and how many months of stock history it imports.</summary>
public sealed record ImportBenchOptions(int Puskesmas, int Items, int Months, bool Keep)
{
    /// <summary>Issue 5, section 6: a district's 12 months of history (40 puskesmas x 300 items) imported in under 30 s.</summary>
    public const double TargetSeconds = 30;
}
