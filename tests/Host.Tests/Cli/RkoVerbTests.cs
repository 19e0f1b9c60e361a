namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>rko --history</c> on fixtures/rko-verb/history.csv (July-September 2026), worked by hand:
/// <list type="bullet">
/// <item>PKM-A OB117: used 1100 (July), 900 (August) and 500 in September with 15 of 30 days out of stock,
/// counted as 500 x 30 / 15 = 1000; average 1000; closing 200.</item>
/// <item>PKM-A OB007: used 600 (July), out of stock all August (left out), 300 in September with 10 of 30
/// days out, counted as 300 x 30 / 20 = 450; average (600 + 450) / 2 = 525; closing 50.</item>
/// <item>PKM-B OB117: 10 a month; closing 1000, more than the year's need: planned 0.</item>
/// </list>
/// B = average x 12, C = B x safety %, D = B x lead-time weeks / 52, A = max(0, ceil(B + C + D - E)).
/// </summary>
public sealed class RkoVerbTests
{
    private const string Header = "facility,drug_code,avg_monthly_use,annual_use,safety_stock,lead_time_stock,remaining_stock,planned_need\n";

    private static readonly string History = Fixtures.Path("rko-verb", "history.csv");

    [Fact]
    public void Rko_DefaultSettings_WritesThePlanWorkedOutByHand()
    {
        // 20 % safety stock, 4 weeks lead time. OB007: C = 1260, D = 6300 x 4 / 52 = 484.615...,
        // A = ceil(6300 + 1260 + 484.62 - 50) = 7995. OB117: D = 923.08, A = ceil(15123.08) = 15124.
        const string expected = Header
            + "PKM-A,OB007,525,6300,1260,484.62,50,7995\n"
            + "PKM-A,OB117,1000,12000,2400,923.08,200,15124\n"
            + "PKM-B,OB117,10,120,24,9.23,1000,0\n";

        var result = CliRunner.Run("rko", "--history", History);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Output);
    }

    [Fact]
    public void Rko_SafetyPctAndLeadTimeWeeks_ChangeTheSafetyAndLeadTimeStock()
    {
        // 10 % and 2 weeks. OB007: C = 630, D = 6300 x 2 / 52 = 242.31, A = ceil(7122.31) = 7123.
        // OB117: C = 1200, D = 461.54, A = ceil(13461.54) = 13462.
        const string expected = Header
            + "PKM-A,OB007,525,6300,630,242.31,50,7123\n"
            + "PKM-A,OB117,1000,12000,1200,461.54,200,13462\n"
            + "PKM-B,OB117,10,120,12,4.62,1000,0\n";

        var result = CliRunner.Run("rko", "--history", History, "--safety-pct", "10", "--lead-time-weeks", "2");

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Output);
    }

    [Fact]
    public void Rko_ThresholdsFile_SetsTheSafetyAndLeadTimeTheOptionsWouldOtherwiseTake()
    {
        using var folder = DataFolder.Of().With("district.json", """
            { "version": "district-2027.1", "values": { "rko_safety_pct": 10, "rko_lead_time_weeks": 2 } }
            """);
        var byOptions = CliRunner.Run("rko", "--history", History, "--safety-pct", "10", "--lead-time-weeks", "2");

        var byFile = CliRunner.Run("rko", "--history", History, "--thresholds", folder.File("district.json"));

        CliAssert.Succeeded(byFile);
        Assert.Equal(byOptions.Output, byFile.Output);
    }

    [Fact]
    public void Rko_Out_WritesThePlanToTheFileAndNothingToStandardOutput()
    {
        using var folder = DataFolder.Of();
        var onScreen = CliRunner.Run("rko", "--history", History).Output;

        var result = CliRunner.Run("rko", "--history", History, "--out", folder.File("rko.csv"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(onScreen, File.ReadAllText(folder.File("rko.csv")));
        Assert.Contains("3 RKO lines written", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rko_OutIntoAFolderThatDoesNotExist_IsBadInputNamingTheOption()
    {
        using var folder = DataFolder.Of();

        var result = CliRunner.Run("rko", "--history", History, "--out", folder.File(Path.Combine("missing", "rko.csv")));

        CliAssert.BadInput(result, "error: --out");
    }
}
