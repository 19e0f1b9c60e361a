using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

[Collection(NationalWorkloadCollection.Name)]
public sealed class NationalWorkloadGenerationTests(NationalWorkloadFixture fixture)
{
    private readonly Workload _workload = fixture.Workload;

    [Fact]
    public void Generate_FourThousandFacilities_HasOnePointTwoMillionLinesAndBatches()
    {
        Assert.Equal(1_200_000, _workload.Lines.Count);
        Assert.Equal(1_200_000, _workload.Batches.Count);
        Assert.Equal(4000, _workload.Facilities);
    }

    [Fact]
    public void Generate_FourThousandFacilities_EndsWithTheSpecifiedLine()
    {
        var line = _workload.Lines[^1];
        var batch = _workload.Batches[^1];

        Assert.Equal(
            ("F3999", "D0157", 1273, 159, 267, 258, new DateOnly(2026, 2, 16)),
            (line.FacilityId, line.DrugCode, line.StockOnHand, line.AvgMonthlyUse, line.Requested, line.Planned, batch.ExpiryDate));
    }

    [Fact]
    public void Generate_FourThousandFacilities_SumsToTheSpecifiedTotals()
    {
        long soh = 0, amu = 0, requested = 0, planned = 0;
        foreach (var line in _workload.Lines)
        {
            soh += line.StockOnHand;
            amu += line.AvgMonthlyUse;
            requested += line.Requested;
            planned += line.Planned;
        }

        Assert.Equal((1_900_351_089L, 305_919_760L, 611_684_446L, 611_638_546L), (soh, amu, requested, planned));
    }
}
