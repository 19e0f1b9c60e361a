namespace Requisition.Host.Tests.Cli;

/// <summary>What <c>rko --out</c> writes is a valid rko.csv: <c>check --step rko</c> reads it back and costs it.</summary>
public sealed class RkoReadBackTests
{
    [Fact]
    public void Check_RkoStepOnTheRkoVerbsOutput_CostsThePlanAgainstTheBudget()
    {
        using var folder = DataFolder.Of("district").With("budget.csv", """
            facility,year,amount
            PKM-A,2027,4000000
            """);
        var written = CliRunner.Run("rko", "--history", Fixtures.Path("rko-verb", "history.csv"), "--out", folder.File("rko.csv"));
        // PKM-A plans 7995 OB007 at Rp 400 and 15124 OB117 at Rp 100: Rp 4,710,400. PKM-B has no formulary rows
        // of its own (held to the district list) and no budget.
        const decimal planCost = 7995m * 400m + 15124m * 100m;

        var result = CliRunner.Run("check", "--step", "rko", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        Assert.Equal(0, written.ExitCode);
        CliAssert.Succeeded(result);
        var shortfall = Assert.Single(result.Flags());
        Assert.Equal("BUDGET_SHORTFALL", shortfall.Rule);
        Assert.Equal("PKM-A", shortfall.Facility);
        Assert.Equal(planCost, shortfall.Evidence.GetProperty("plan_cost").GetDecimal());
        Assert.Equal(2, shortfall.Evidence.GetProperty("lines").GetInt32());
    }
}
