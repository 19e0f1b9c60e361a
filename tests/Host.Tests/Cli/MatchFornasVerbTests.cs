using System.Globalization;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>match-fornas --items</c> on fixtures/match-fornas/items.csv (Indonesian headers): amoxicillin 500 mg,
/// cotrimoxazole 480 mg written as its total strength, and a name that is no drug.
/// </summary>
public sealed class MatchFornasVerbTests
{
    private static readonly string Items = Fixtures.Path("match-fornas", "items.csv");

    private static IReadOnlyDictionary<string, string> Row(CliResult result, string drugCode) =>
        result.CsvRows().Single(r => r["drug_code"] == drugCode);

    [Fact]
    public void MatchFornas_Csv_HasTheDocumentedColumnsAndOneRowPerItem()
    {
        var result = CliRunner.Run("match-fornas", "--items", Items);

        CliAssert.Succeeded(result);
        Assert.Equal("drug_code,name,fornas_id,fornas_name,fornas_form,fornas_strength,fktp,essential,confidence,reason", result.CsvHeader);
        Assert.Equal(["OB007", "OB078", "XX001"], result.CsvRows().Select(r => r["drug_code"]));
    }

    [Fact]
    public void MatchFornas_KnownItem_MatchesItsFornasRow()
    {
        var result = CliRunner.Run("match-fornas", "--items", Items);

        var amoxicillin = Row(result, "OB007");
        Assert.Equal("161", amoxicillin["fornas_id"]);
        Assert.Equal("amoksisilin", amoxicillin["fornas_name"]);
        Assert.Equal("TABLET", amoxicillin["fornas_form"]);
        Assert.Equal("500 MILIGRAM", amoxicillin["fornas_strength"]);
        Assert.Equal("yes", amoxicillin["fktp"]);
        Assert.Equal("yes", amoxicillin["essential"]);
        Assert.InRange(decimal.Parse(amoxicillin["confidence"], CultureInfo.InvariantCulture), 0.8m, 1m);
        Assert.Contains("amoksisilin", amoxicillin["reason"], StringComparison.Ordinal);
    }

    [Fact]
    public void MatchFornas_NameThatIsNoDrug_LeavesTheFornasColumnsEmpty()
    {
        var result = CliRunner.Run("match-fornas", "--items", Items);

        var nonsense = Row(result, "XX001");
        Assert.Equal("", nonsense["fornas_id"]);
        Assert.Equal("", nonsense["fornas_name"]);
        Assert.Equal("", nonsense["fktp"]);
        Assert.Equal("0", nonsense["confidence"]);
        Assert.NotEqual("", nonsense["reason"]);
    }

    [Fact]
    public void MatchFornas_ShippedList_MatchesCotrimoxazoleByItsTotalStrength()
    {
        var result = CliRunner.Run("match-fornas", "--items", Items);

        Assert.Equal("2530", Row(result, "OB078")["fornas_id"]);
    }

    [Fact]
    public void MatchFornas_CustomFornasList_IsTheListMatchedAgainst()
    {
        // The district fixture's list has amoxicillin (id 161, its second row) but no cotrimoxazole.
        var result = CliRunner.Run("match-fornas", "--items", Items, "--fornas", Fixtures.Path("district", "fornas.csv"));

        CliAssert.Succeeded(result);
        Assert.Equal("161", Row(result, "OB007")["fornas_id"]);
        Assert.Contains("row 2", Row(result, "OB007")["reason"], StringComparison.Ordinal);
        Assert.Equal("", Row(result, "OB078")["fornas_id"]);
    }
}
