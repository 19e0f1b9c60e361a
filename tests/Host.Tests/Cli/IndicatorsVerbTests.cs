namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>indicators</c> on fixtures/district + fixtures/indicators: ten formulary items of which eight are on
/// FORNAS for primary care (OB025 is not for FKTP, OB901 is not on FORNAS), and January-March 2026 stock
/// cards for two items: OB117 out of stock 7 days in February, OB007 3 days in January.
/// </summary>
public sealed class IndicatorsVerbTests
{
    private static IReadOnlyDictionary<string, string> Row(CliResult result, string indicator) =>
        result.CsvRows().Single(r => r["indicator"] == indicator);

    [Fact]
    public void Indicators_Csv_HasTheDocumentedColumns()
    {
        using var folder = DataFolder.Of("district", "indicators");

        var result = CliRunner.Run("indicators", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal("indicator,value,unit,standard,meets", result.CsvHeader);
    }

    [Fact]
    public void Indicators_FornasConformity_IsTheShareOfFormularyItemsOnFornasForFktp()
    {
        using var folder = DataFolder.Of("district", "indicators");

        var result = CliRunner.Run("indicators", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        var conformity = Row(result, "fornas_conformity");
        Assert.Equal("80", conformity["value"]); // 8 / 10 x 100
        Assert.Equal("%", conformity["unit"]);
        Assert.Equal("100 %", conformity["standard"]);
        Assert.Equal("no", conformity["meets"]);
    }

    [Theory]
    [InlineData(null, null, "5.56")] // (7 + 3) / (2 items x 90 days) x 100
    [InlineData("2026-01", "2026-01", "4.84")] // 3 / (2 x 31) x 100
    [InlineData("2026-02", "2026-02", "12.5")] // 7 / (2 x 28) x 100
    [InlineData("2026-02", "2026-03", "5.93")] // 7 / (2 x 59) x 100
    public void Indicators_FromAndTo_NarrowTheStockoutTimeToTheirMonths(string? from, string? to, string expected)
    {
        using var folder = DataFolder.Of("district", "indicators");
        List<string> args = ["indicators", "--data", folder.Path, "--as-of", Fixtures.AsOf];
        if (from is not null) args.AddRange(["--from", from]);
        if (to is not null) args.AddRange(["--to", to]);

        var result = CliRunner.Run([.. args]);

        CliAssert.Succeeded(result);
        var stockout = Row(result, "stockout_time");
        Assert.Equal(expected, stockout["value"]);
        Assert.Equal("0 %", stockout["standard"]);
        Assert.Equal("no", stockout["meets"]);
    }
}
