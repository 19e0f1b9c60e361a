namespace Requisition.Host.Tests.Cli;

/// <summary>An option the verb cannot use: exit 2, nothing on standard output, the option named on standard error.</summary>
public sealed class BadOptionTests
{
    [Fact]
    public void Check_UnknownStep_ListsTheStepsThereAre()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = CliRunner.Run("check", "--step", "audit", "--data", folder.Path);

        CliAssert.BadInput(result, "error: Argument 'audit' not recognized");
        Assert.Contains("ifk-review", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AsOfWithMonth13_IsNotADate()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", "2026-13-01");

        CliAssert.BadInput(result, "error: --as-of: '2026-13-01' is not a date");
    }

    [Fact]
    public void Check_ThresholdsFileWithAMisspeltName_NamesTheFileAndTheName()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf,
            "--thresholds", Fixtures.Path("thresholds", "unknown-name.json"));

        CliAssert.BadInput(result, "error: unknown-name.json: values.excess_month: unknown threshold");
    }

    [Fact]
    public void Check_DataFolderThatDoesNotExist_NamesTheFolder()
    {
        using var folder = DataFolder.Of();
        var missing = folder.File("no-such-folder");

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", missing, "--as-of", Fixtures.AsOf);

        CliAssert.BadInput(result, $"error: --data: folder '{missing}' does not exist");
    }

    [Fact]
    public void Check_WithoutTheRequiredStep_SaysTheOptionIsRequired()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = CliRunner.Run("check", "--data", folder.Path);

        CliAssert.BadInput(result, "error: Option '--step' is required");
    }

    [Fact]
    public void Rko_WithoutTheRequiredHistory_SaysTheOptionIsRequired()
    {
        var result = CliRunner.Run("rko");

        CliAssert.BadInput(result, "error: Option '--history' is required");
    }

    [Fact]
    public void Rko_SafetyPctAbove100_IsNotAPercentage()
    {
        var result = CliRunner.Run("rko", "--history", Fixtures.Path("rko-verb", "history.csv"), "--safety-pct", "150");

        CliAssert.BadInput(result, "error: --safety-pct: 150 is not a percentage from 0 to 100");
    }

    [Fact]
    public void Indicators_FromAfterTo_IsRefused()
    {
        using var folder = DataFolder.Of("district", "indicators");

        var result = CliRunner.Run("indicators", "--data", folder.Path, "--from", "2026-03", "--to", "2026-01");

        CliAssert.BadInput(result, "error: --from 2026-03 is after --to 2026-01");
    }

    [Fact]
    public void Indicators_FromWithMonth13_IsNotAPeriod()
    {
        using var folder = DataFolder.Of("district", "indicators");

        var result = CliRunner.Run("indicators", "--data", folder.Path, "--from", "2026-13");

        CliAssert.BadInput(result, "error: --from: '2026-13' is not a period");
    }

    [Fact]
    public void Bench_ZeroFacilities_IsNotASize()
    {
        var result = CliRunner.Run("bench", "--facilities", "0");

        CliAssert.BadInput(result, "error: --facilities: '0' is not a number of facilities");
    }
}
