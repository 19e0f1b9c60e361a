using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Cli.Bench.EngineRules;

/// <summary>The benchmark's thresholds and date as one fact, with the near-expiry cut-off worked out once.</summary>
public sealed class BenchParameters(WorkloadThresholds thresholds, DateOnly today)
{
    public WorkloadThresholds Thresholds { get; } = thresholds;

    public DateOnly Today { get; } = today;

    /// <summary>Today + NearExpiryMonths: a batch expiring on or before it is near expiry.</summary>
    public DateOnly NearExpiryCutoff { get; } = today.AddMonths(thresholds.NearExpiryMonths);
}
