namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check --step ifk-review</c> on the same LPLPO as the lplpo step (fixtures/district + fixtures/monthly),
/// now with the IFK's given quantities: OB052 cut from 500 to 300 with a reason, OB143 from 600 to 400 without.
/// </summary>
public sealed class CheckIfkReviewStepTests
{
    [Fact]
    public void Check_IfkReviewStep_FlagsTheStockAndRequestProblemsAndEachAdjustedQuantity()
    {
        using var folder = DataFolder.Of("district", "monthly");
        string[] expected =
        [
            "LATE_LPLPO warning PKM-A -",
            "NEAR_EXPIRY warning PKM-A OB007",
            "EXPIRED error PKM-A OB015",
            "SHORT_STOCK warning PKM-A OB015",
            "NEAR_EXPIRY info PKM-A OB052",
            "APPROVAL_DEVIATION info PKM-A OB052",
            "REQUEST_DEVIATION warning PKM-A OB052",
            "NEAR_EXPIRY error PKM-A OB117",
            "EXCESS_STOCK warning PKM-A OB136",
            "APPROVAL_DEVIATION error PKM-A OB143",
            "STOCK_OUT warning PKM-A OB143",
        ];

        var result = CliRunner.Run("check", "--step", "ifk-review", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Flags().Select(f => f.Summary));
        Assert.All(result.Flags(), f => Assert.Equal("ifk-review", f.Step));
    }

    [Fact]
    public void Check_IfkReviewStep_LeavesThePuskesmasOwnChecksToTheLplpoStep()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "ifk-review", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        Assert.DoesNotContain(flags, f => f.Rule is "BALANCE_ERROR" or "DEAD_STOCK" or "NON_GENERIC" or "NOT_ON_FORNAS");
    }

    [Fact]
    public void Check_IfkReviewStep_AnAdjustmentWithoutAReasonIsAnErrorAndOneWithAReasonIsInformation()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var flags = CliRunner.Run("check", "--step", "ifk-review", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var withReason = flags.Single(f => f.Rule == "APPROVAL_DEVIATION" && f.DrugCode == "OB052");
        var withoutReason = flags.Single(f => f.Rule == "APPROVAL_DEVIATION" && f.DrugCode == "OB143");
        Assert.Equal("Stok IFK terbatas", withReason.Evidence.GetProperty("reason").GetString());
        Assert.Equal(300, withReason.Evidence.GetProperty("given").GetInt64());
        Assert.Equal(500, withReason.Evidence.GetProperty("requested").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, withoutReason.Evidence.GetProperty("reason").ValueKind);
    }
}
