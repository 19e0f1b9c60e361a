namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check --step lplpo</c> on fixtures/district + fixtures/monthly: PKM-A's LPLPO for 2026-10, sent
/// 2026-11-12 (two days after the due day 10), three months of history and batches, as of 2026-11-20.
/// Each line carries one planted problem (see fixtures/README.md).
/// </summary>
public sealed class CheckLplpoStepTests
{
    [Fact]
    public void Check_LplpoStep_FlagsEachPlantedProblemOnItsItem()
    {
        using var folder = DataFolder.Of("district", "monthly");
        string[] expected =
        [
            "LATE_LPLPO warning PKM-A -",
            "NEAR_EXPIRY warning PKM-A OB007", // B007-A expires 2027-04-30: inside 6 months
            "BALANCE_ERROR error PKM-A OB007", // 1200 + 600 - 500 - 0 = 1300, reported 1400
            "EXPIRED error PKM-A OB015", // B015-A expired 2026-10-31
            "SHORT_STOCK warning PKM-A OB015", // 100 at 400 a month: 0.25 months
            "NEAR_EXPIRY info PKM-A OB052", // B052-A expires 2027-09-30: inside 12 months
            "REQUEST_DEVIATION warning PKM-A OB052", // requested 500, default 400 - 200 = 200
            "DEAD_STOCK warning PKM-A OB113", // no use for 4 months
            "NEAR_EXPIRY error PKM-A OB117", // B117-A expires 2027-01-31: inside 3 months
            "EXCESS_STOCK warning PKM-A OB136", // 2000 at 100 a month: 20 months
            "STOCK_OUT warning PKM-A OB143", // closing 0
            "NON_GENERIC warning PKM-A OB901",
            "NOT_ON_FORNAS warning PKM-A OB901",
        ];

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Flags().Select(f => f.Summary));
        Assert.All(result.Flags(), f => Assert.Equal("lplpo", f.Step));
    }

    [Fact]
    public void Check_LplpoStep_SpeaksOnlyOfTheItemsOnTheLplpo()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        // OB025 (not for FKTP) and the duplicate OB902 are in the formulary but not on the LPLPO.
        Assert.DoesNotContain(flags, f => f.DrugCode is "OB025" or "OB902");
    }

    [Fact]
    public void Check_LplpoStep_ExcessStockQuotesItsMonthsOfStockAndTheLimit()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var excess = flags.Single(f => f.Rule == "EXCESS_STOCK");
        Assert.Equal(2000, excess.Evidence.GetProperty("closing").GetInt64());
        Assert.Equal(100m, excess.Evidence.GetProperty("avg_monthly_use").GetDecimal());
        Assert.Equal(20m, excess.Evidence.GetProperty("months_of_stock").GetDecimal());
        Assert.Equal(18m, excess.Thresholds.GetProperty("excess_months").GetDecimal());
        Assert.Equal("default-2026.1", excess.ThresholdVersion);
    }

    [Fact]
    public void Check_LplpoStep_BalanceErrorGivesTheReportedAndTheExpectedClosingStock()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var balance = flags.Single(f => f.Rule == "BALANCE_ERROR");
        Assert.Equal(1400, balance.Evidence.GetProperty("closing_reported").GetInt64());
        Assert.Equal(1300, balance.Evidence.GetProperty("closing_expected").GetInt64());
    }

    [Theory]
    [InlineData("B117-A", "error", 3)]
    [InlineData("B007-A", "warning", 6)]
    [InlineData("B052-A", "info", 12)]
    public void Check_LplpoStep_NearExpirySeverityFollowsTheWindowTheBatchFallsIn(string batch, string severity, int windowMonths)
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var nearExpiry = flags.Single(f => f.Rule == "NEAR_EXPIRY" && f.Subject == batch);
        Assert.Equal(severity, nearExpiry.Severity);
        Assert.Equal(windowMonths, nearExpiry.Evidence.GetProperty("window_months").GetInt32());
    }

    [Fact]
    public void Check_LplpoStep_LateLplpoCountsTheDaysAfterTheDueDay()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var late = flags.Single(f => f.Rule == "LATE_LPLPO");
        Assert.Equal("2026-11-10", late.Evidence.GetProperty("due").GetString());
        Assert.Equal(2, late.Evidence.GetProperty("days_late").GetInt32());
        Assert.Equal(10m, late.Thresholds.GetProperty("lplpo_due_day").GetDecimal());
    }

    [Fact]
    public void Check_LaterAsOfDate_TurnsTheNearExpiryBatchIntoAnExpiredOne()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", "2027-02-01").Flags();

        Assert.Contains(flags, f => f.Rule == "EXPIRED" && f.Subject == "B117-A");
        Assert.DoesNotContain(flags, f => f.Rule == "NEAR_EXPIRY" && f.Subject == "B117-A");
    }
}
