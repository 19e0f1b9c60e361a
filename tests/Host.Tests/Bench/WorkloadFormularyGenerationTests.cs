using Requisition.Host.Cli.Bench.Workload;

namespace Requisition.Host.Tests.Bench;

public sealed class WorkloadFormularyGenerationTests
{
    private readonly Workload _workload = Workload.Generate(1);

    [Fact]
    public void SeededRandom_FirstEightDraws_AreTheSpecifiedOnes()
    {
        var random = new Random(Workload.Seed);

        var draws = Enumerable.Range(0, 8).Select(_ => random.Next(0, 1000)).ToArray();

        Assert.Equal([668, 140, 125, 522, 168, 262, 724, 512], draws);
    }

    [Fact]
    public void Generate_Formulary_Has998EntriesInDrugCodeOrder()
    {
        var codes = _workload.Formulary.Select(entry => entry.DrugCode).ToList();

        Assert.Equal(998, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Generate_Formulary_HasNoEntryForD0129AndD0507()
    {
        var allCodes = Enumerable.Range(0, Workload.NumDrugs).Select(d => $"D{d:D4}");

        var missing = allCodes.Except(_workload.Formulary.Select(entry => entry.DrugCode)).ToArray();

        Assert.Equal(["D0129", "D0507"], missing);
    }

    [Fact]
    public void Generate_Formulary_MarksExactlyTheSpecifiedDrugsNotOnFornas()
    {
        var notOnFornas = _workload.Formulary.Where(entry => !entry.OnFornas).Select(entry => entry.DrugCode);

        Assert.Equal(
            ["D0012", "D0024", "D0025", "D0098", "D0113", "D0124", "D0214", "D0328", "D0493", "D0584",
             "D0598", "D0643", "D0699", "D0783", "D0796", "D0822", "D0863", "D0906"],
            notOnFornas);
    }

    [Fact]
    public void Generate_Formulary_MarksExactlyTheSpecifiedDrugsNotOnDoen()
    {
        var notOnDoen = _workload.Formulary.Where(entry => !entry.OnDoen).Select(entry => entry.DrugCode);

        Assert.Equal(
            ["D0045", "D0058", "D0219", "D0337", "D0390", "D0393", "D0394", "D0439", "D0445", "D0473", "D0490",
             "D0508", "D0527", "D0767", "D0924", "D0933", "D0944"],
            notOnDoen);
    }

    [Fact]
    public void Generate_NoFacilities_StillDrawsTheSameFormulary()
    {
        var empty = Workload.Generate(0);

        Assert.Empty(empty.Lines);
        Assert.Empty(empty.Batches);
        Assert.Equal(
            _workload.Formulary.Select(entry => (entry.DrugCode, entry.OnFornas, entry.OnDoen)),
            empty.Formulary.Select(entry => (entry.DrugCode, entry.OnFornas, entry.OnDoen)));
    }

    [Fact]
    public void Generate_Workload_IsDatedTheFifteenthOfJanuary2025WithTheDefaultThresholds()
    {
        Assert.Equal(new DateOnly(2025, 1, 15), _workload.Today);
        Assert.Equal(new WorkloadThresholds(ExcessMonths: 18, NearExpiryMonths: 6, PlanDeviationPct: 20), _workload.Thresholds);
        Assert.Equal(10, _workload.Thresholds.AlertFlagCount);
    }
}
