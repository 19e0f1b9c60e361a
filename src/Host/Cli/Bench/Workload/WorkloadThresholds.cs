namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>Thresholds (ambang batas) of the benchmark rules, fixed by the workload specification.</summary>
/// <param name="ExcessMonths">Rule C: more months of stock (tingkat ketersediaan) than this is excess stock.</param>
/// <param name="NearExpiryMonths">Rule D: a batch expiring within this many months is near expiry.</param>
/// <param name="PlanDeviationPct">Rule E: a request deviating from the plan by more than this percentage.</param>
public sealed record WorkloadThresholds(int ExcessMonths = 18, int NearExpiryMonths = 6, int PlanDeviationPct = 20)
{
    /// <summary>Rule F: a facility with more flags than this gets an alert.</summary>
    public int AlertFlagCount { get; init; } = 10;
}
