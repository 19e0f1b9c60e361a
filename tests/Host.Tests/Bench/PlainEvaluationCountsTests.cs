using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

public sealed class PlainEvaluationCountsTests
{
    public static TheoryData<int, WorkloadCounts> SpecifiedCounts => new()
    {
        { 1, new WorkloadCounts(A: 5, B: 4, C: 6, D: 2, E: 1, Flags: 18, Alerts: 1, FlagsInAlertedFacilities: 18) },
        { 40, new WorkloadCounts(A: 246, B: 208, C: 92, D: 114, E: 116, Flags: 776, Alerts: 34, FlagsInAlertedFacilities: 725) },
        { 400, new WorkloadCounts(A: 2352, B: 2089, C: 1178, D: 1200, E: 1160, Flags: 7979, Alerts: 362, FlagsInAlertedFacilities: 7646) },
    };

    [Theory]
    [MemberData(nameof(SpecifiedCounts))]
    public void Evaluate_GeneratedWorkload_ReproducesTheSpecifiedCounts(int facilities, WorkloadCounts expected)
    {
        var workload = Workload.Generate(facilities);

        var counts = PlainEvaluation.Evaluate(workload);

        Assert.Equal(expected, counts);
    }

    [Fact]
    public void Run_GeneratedWorkload_ReturnsFlagsAndAlertsThatAddUpToTheCounts()
    {
        var workload = Workload.Generate(40);

        var result = PlainEvaluation.Run(workload);

        Assert.Equal(result.Counts.Flags, result.Flags.Count);
        Assert.Equal(result.Counts.A, result.Flags.Count(flag => flag.Rule == "A"));
        Assert.Equal(result.Counts.D, result.Flags.Count(flag => flag.Rule == "D"));
        Assert.Equal(result.Counts.Alerts, result.Alerts.Count);
        Assert.Equal(result.Counts.FlagsInAlertedFacilities, result.Alerts.Sum(alert => alert.FlagCount));
        Assert.All(result.Alerts, alert =>
            Assert.Equal(alert.FlagCount, result.Flags.Count(flag => flag.FacilityId == alert.FacilityId)));
    }
}
