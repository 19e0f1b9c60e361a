namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check --thresholds FILE</c>: a partial override (fixtures/thresholds/excess-24.json raises excess_months
/// from 18 to 24) changes the outcome, keeps every other default, and stamps its version on every flag.
/// </summary>
public sealed class CheckThresholdsOverrideTests
{
    private static readonly string Excess24 = Fixtures.Path("thresholds", "excess-24.json");

    [Fact]
    public void Check_RaisingExcessMonthsAboveTheItemsMonthsOfStock_RemovesOnlyTheExcessStockFlag()
    {
        using var folder = DataFolder.Of("district", "monthly");
        var defaults = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf, "--thresholds", Excess24);

        CliAssert.Succeeded(result);
        Assert.Contains(defaults, f => f.Rule == "EXCESS_STOCK" && f.DrugCode == "OB136"); // 20 months > 18
        Assert.Equal(
            defaults.Where(f => f.Rule != "EXCESS_STOCK").Select(f => f.Summary),
            result.Flags().Select(f => f.Summary)); // 20 months <= 24
    }

    [Fact]
    public void Check_WithAThresholdsFile_EveryFlagCarriesTheFilesVersion()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf, "--thresholds", Excess24).Flags();

        Assert.NotEmpty(flags);
        Assert.All(flags, f => Assert.Equal("test-excess-24", f.ThresholdVersion));
    }

    [Fact]
    public void Check_WithAPartialThresholdsFile_ValuesItDoesNotNameKeepTheirDefaults()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf, "--thresholds", Excess24).Flags();

        var deadStock = flags.Single(f => f.Rule == "DEAD_STOCK");
        Assert.Equal(3m, deadStock.Thresholds.GetProperty("dead_stock_months").GetDecimal());
        var late = flags.Single(f => f.Rule == "LATE_LPLPO");
        Assert.Equal(10m, late.Thresholds.GetProperty("lplpo_due_day").GetDecimal());
    }
}
