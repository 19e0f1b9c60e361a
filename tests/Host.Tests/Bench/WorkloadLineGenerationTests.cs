using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

public sealed class WorkloadLineGenerationTests
{
    private readonly Workload _workload = Workload.Generate(12);

    [Fact]
    public void Generate_FirstFacility_StartsWithTheSpecifiedLinesAndExpiries()
    {
        var first = Enumerable.Range(0, 5)
            .Select(i => (_workload.Lines[i], _workload.Batches[i]))
            .Select(pair => (pair.Item1.FacilityId, pair.Item1.DrugCode, pair.Item1.StockOnHand, pair.Item1.AvgMonthlyUse,
                pair.Item1.Requested, pair.Item1.Planned, pair.Item2.ExpiryDate));

        Assert.Equal(
            [
                ("F0000", "D0872", 631, 84, 175, 181, new DateOnly(2027, 10, 19)),
                ("F0000", "D0833", 386, 41, 63, 59, new DateOnly(2027, 4, 4)),
                ("F0000", "D0276", 2872, 279, 654, 707, new DateOnly(2026, 4, 15)),
                ("F0000", "D0753", 181, 488, 1448, 1341, new DateOnly(2025, 9, 27)),
                ("F0000", "D0161", 1840, 290, 473, 516, new DateOnly(2027, 1, 9)),
            ],
            first);
    }

    [Fact]
    public void Generate_EveryFacility_Has300LinesForDistinctDrugs()
    {
        var byFacility = _workload.Lines.GroupBy(line => line.FacilityId).ToList();

        Assert.Equal(Enumerable.Range(0, 12).Select(f => $"F{f:D4}"), byFacility.Select(group => group.Key));
        Assert.All(byFacility, group =>
        {
            Assert.Equal(Workload.LinesPerFacility, group.Count());
            Assert.Equal(Workload.LinesPerFacility, group.Select(line => line.DrugCode).Distinct().Count());
        });
        Assert.Equal(12, _workload.Facilities);
    }

    [Fact]
    public void Generate_EveryBatch_HoldsTheStockOfItsLine()
    {
        Assert.Equal(_workload.Lines.Count, _workload.Batches.Count);
        Assert.All(_workload.Lines.Zip(_workload.Batches), pair =>
        {
            var (line, batch) = pair;
            Assert.Equal(line.FacilityId, batch.FacilityId);
            Assert.Equal(line.DrugCode, batch.DrugCode);
            Assert.Equal(line.StockOnHand, batch.Qty);
        });
    }

    [Fact]
    public void Generate_EveryLine_StaysInsideTheGeneratorRanges()
    {
        Assert.All(_workload.Lines.Zip(_workload.Batches), pair =>
        {
            var (line, batch) = pair;
            Assert.InRange(line.AvgMonthlyUse, 10, 500);
            Assert.InRange(line.StockOnHand, 0, 36 * line.AvgMonthlyUse);
            Assert.InRange(line.Planned, line.AvgMonthlyUse, 3 * line.AvgMonthlyUse);
            Assert.InRange(line.Requested, 0, 2 * line.Planned);
            Assert.InRange(batch.ExpiryDate, _workload.Today, _workload.Today.AddDays(1095));
        });
    }

    [Fact]
    public void Generate_SmallerWorkload_IsAPrefixOfALargerOne()
    {
        var smaller = Workload.Generate(5);

        Assert.Equal(
            smaller.Lines.Select(Describe),
            _workload.Lines.Take(smaller.Lines.Count).Select(Describe));
        Assert.Equal(
            smaller.Batches.Select(batch => (batch.FacilityId, batch.DrugCode, batch.Qty, batch.ExpiryDate)),
            _workload.Batches.Take(smaller.Batches.Count).Select(batch => (batch.FacilityId, batch.DrugCode, batch.Qty, batch.ExpiryDate)));
    }

    [Fact]
    public void Generate_SameDrugCodeOrFacilityId_IsOneSharedStringInstance()
    {
        var codeInstances = _workload.Lines.Select(line => line.DrugCode)
            .Concat(_workload.Batches.Select(batch => batch.DrugCode))
            .Concat(_workload.Formulary.Select(entry => entry.DrugCode))
            .Distinct(ReferenceEqualityComparer.Instance)
            .Count();
        var codeValues = _workload.Lines.Select(line => line.DrugCode)
            .Concat(_workload.Formulary.Select(entry => entry.DrugCode))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var facilityInstances = _workload.Lines.Select(line => line.FacilityId)
            .Concat(_workload.Batches.Select(batch => batch.FacilityId))
            .Distinct(ReferenceEqualityComparer.Instance)
            .Count();

        Assert.Equal(codeValues, codeInstances);
        Assert.Equal(12, facilityInstances);
    }

    private static (string, string, int, int, int, int) Describe(RequisitionLine line) =>
        (line.FacilityId, line.DrugCode, line.StockOnHand, line.AvgMonthlyUse, line.Requested, line.Planned);
}
