namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check</c> on the demo district (samples/demo, see samples/generate_demo.py for its story) finds every
/// problem the generator planted, at the step that should catch it.
/// </summary>
public sealed class CheckDemoDistrictTests(DemoDistrictRuns demo) : IClassFixture<DemoDistrictRuns>
{
    [Theory]
    [InlineData("lplpo", "BALANCE_ERROR", "PKM-MEKARSARI", "OB117")]
    [InlineData("lplpo", "EXCESS_STOCK", "PKM-CIBEBER", "OB136")]
    [InlineData("lplpo", "REQUEST_DEVIATION", "PKM-SUKAJADI", "OB007")]
    [InlineData("lplpo", "EXPIRED", "PKM-MEKARSARI", "OB010")]
    [InlineData("lplpo", "NEAR_EXPIRY", "PKM-CIBEBER", "OB008")]
    [InlineData("lplpo", "DEAD_STOCK", "PKM-MEKARSARI", "OB113")]
    [InlineData("lplpo", "STOCK_OUT", "PKM-MEKARSARI", "OB143")]
    [InlineData("lplpo", "LATE_LPLPO", "PKM-MEKARSARI", null)]
    [InlineData("lplpo", "NON_GENERIC", "PKM-SUKAJADI", "OB901")]
    [InlineData("lplpo", "NOT_ON_FORNAS", "PKM-MEKARSARI", "OB099")]
    [InlineData("distribution", "NOT_FEFO", "IFK-KAB", "OB017")]
    [InlineData("distribution", "RECEIPT_MISMATCH", "PKM-MEKARSARI", "OB116")]
    [InlineData("rko", "BUDGET_SHORTFALL", "PKM-SUKAJADI", null)]
    [InlineData("formulary", "DUPLICATE_ITEM", "PKM-CIBEBER", "OB117")]
    [InlineData("formulary", "DUPLICATE_ITEM", "PKM-CIBEBER", "OB902")]
    public void Check_DemoDistrict_FindsThePlantedProblem(string step, string rule, string facility, string? drugCode)
    {
        var result = demo.At(step);

        CliAssert.Succeeded(result);
        Assert.Contains(result.Flags(), f => f.Rule == rule && f.Facility == facility && f.DrugCode == drugCode);
    }

    [Theory]
    [InlineData("PKM-CIBEBER")]
    [InlineData("PKM-SUKAJADI")]
    public void Check_DemoDistrict_LplpoSentByTheDueDayIsNotLate(string facility)
    {
        var result = demo.At("lplpo");

        Assert.DoesNotContain(result.Flags(), f => f.Rule == "LATE_LPLPO" && f.Facility == facility);
    }

    [Fact]
    public void Check_DemoDistrict_ExpiredAntacidBatchIsAnErrorNamingTheBatch()
    {
        var result = demo.At("lplpo");

        var expired = result.Flags().Single(f => f.Rule == "EXPIRED" && f.DrugCode == "OB010");
        Assert.Equal("error", expired.Severity);
        Assert.Equal("B0102610A", expired.Subject);
        Assert.Equal("2026-10-31", expired.Evidence.GetProperty("expiry").GetString());
    }
}
