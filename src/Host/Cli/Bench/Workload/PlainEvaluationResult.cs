namespace Requisition.Host.Cli.Bench.Workload;

/// <summary>The output of the hand-written evaluation: every flag, every alert and their counts.</summary>
public sealed record PlainEvaluationResult(
    IReadOnlyList<BenchFlag> Flags,
    IReadOnlyList<FacilityAlert> Alerts,
    WorkloadCounts Counts);
