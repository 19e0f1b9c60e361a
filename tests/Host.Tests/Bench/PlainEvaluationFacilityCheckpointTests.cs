using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

public sealed class PlainEvaluationFacilityCheckpointTests
{
    private readonly PlainEvaluationResult _result = PlainEvaluation.Run(Workload.Generate(7));

    [Fact]
    public void Run_FirstFacility_RaisesFiveFourSixTwoOneFlagsForRulesAToE()
    {
        var perRule = _result.Flags
            .Where(flag => flag.FacilityId == "F0000")
            .CountBy(flag => flag.Rule)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal);

        Assert.Equal(
            [new("A", 5), new("B", 4), new("C", 6), new("D", 2), new KeyValuePair<string, int>("E", 1)],
            perRule);
    }

    [Theory]
    [InlineData("F0000", 18)]
    [InlineData("F0001", 34)]
    [InlineData("F0002", 15)]
    public void Run_FacilityWithMoreThanTenFlags_GetsOneAlertCarryingItsCount(string facility, int flags)
    {
        var alert = Assert.Single(_result.Alerts, alert => alert.FacilityId == facility);

        Assert.Equal(flags, alert.FlagCount);
        Assert.Equal(flags, _result.Flags.Count(flag => flag.FacilityId == facility));
    }

    [Fact]
    public void Run_FacilityWithNineFlags_GetsNoAlert()
    {
        var flags = _result.Flags.Count(flag => flag.FacilityId == "F0006");

        Assert.Equal(9, flags);
        Assert.DoesNotContain(_result.Alerts, alert => alert.FacilityId == "F0006");
    }
}
