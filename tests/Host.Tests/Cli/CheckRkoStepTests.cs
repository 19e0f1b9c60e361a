namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check --step rko</c> on fixtures/district + fixtures/rko: four RKO lines for PKM-A, twelve months of
/// history (1000 used a month, so 12000 a year) for three of them, and a 2027 budget of Rp 9,000,000.
/// </summary>
public sealed class CheckRkoStepTests
{
    [Fact]
    public void Check_RkoStep_FlagsTheBudgetShortfallThePlanDeviationsAndTheRkoItemsOffFornasOrDoen()
    {
        using var folder = DataFolder.Of("district", "rko");
        string[] expected =
        [
            "BUDGET_SHORTFALL warning PKM-A -",
            "PLAN_DEVIATION warning PKM-A OB007", // planned 18000 / used 12000 = 150 %: poor
            "NOT_ON_FORNAS warning PKM-A OB025",
            "NOT_ON_DOEN warning PKM-A OB052",
            "PLAN_DEVIATION info PKM-A OB052", // 14800 / 12000 = 123.3 %: tolerable
        ];

        var result = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Flags().Select(f => f.Summary));
        Assert.All(result.Flags(), f => Assert.Equal("rko", f.Step));
    }

    [Fact]
    public void Check_RkoStep_CostsThePlanAtFormularyPricesAgainstTheBudget()
    {
        using var folder = DataFolder.Of("district", "rko");
        // 13824 x 100 + 18000 x 400 + 14800 x 80 + 1226 x 60 = 9,839,960 against 9,000,000.
        const decimal planCost = 9_839_960m;

        var flags = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var shortfall = flags.Single(f => f.Rule == "BUDGET_SHORTFALL");
        Assert.Equal("2027", shortfall.Subject);
        Assert.Equal(planCost, shortfall.Evidence.GetProperty("plan_cost").GetDecimal());
        Assert.Equal(9_000_000m, shortfall.Evidence.GetProperty("budget").GetDecimal());
        Assert.Equal(planCost - 9_000_000m, shortfall.Evidence.GetProperty("shortfall").GetDecimal());
        Assert.Equal(4, shortfall.Evidence.GetProperty("lines").GetInt32());
    }

    [Fact]
    public void Check_RkoStep_GradesThePlanDeviationByHowFarPlannedIsFromUsed()
    {
        using var folder = DataFolder.Of("district", "rko");

        var flags = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var poor = flags.Single(f => f.Rule == "PLAN_DEVIATION" && f.DrugCode == "OB007");
        var tolerable = flags.Single(f => f.Rule == "PLAN_DEVIATION" && f.DrugCode == "OB052");
        Assert.Equal(150m, poor.Evidence.GetProperty("accuracy_pct").GetDecimal());
        Assert.Equal("poor", poor.Evidence.GetProperty("band").GetString());
        Assert.Equal(123.33m, tolerable.Evidence.GetProperty("accuracy_pct").GetDecimal());
        Assert.Equal("tolerable", tolerable.Evidence.GetProperty("band").GetString());
    }

    [Fact]
    public void Check_RkoStep_LeavesFormularyItemsOutsideTheRkoAlone()
    {
        using var folder = DataFolder.Of("district", "rko");

        var flags = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        // OB901 (a brand, not on FORNAS) is in the formulary but has no RKO line.
        Assert.DoesNotContain(flags, f => f.DrugCode == "OB901");
    }
}
