using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

[Collection(NationalWorkloadCollection.Name)]
public sealed class PlainEvaluationNationalCountsTests(NationalWorkloadFixture fixture)
{
    [Fact]
    public void Evaluate_FourThousandFacilities_ReproducesTheSpecifiedCounts()
    {
        var counts = PlainEvaluation.Evaluate(fixture.Workload);

        Assert.Equal(
            new WorkloadCounts(A: 24235, B: 20197, C: 11969, D: 12036, E: 11808, Flags: 80245, Alerts: 3712, FlagsInAlertedFacilities: 77785),
            counts);
    }
}
