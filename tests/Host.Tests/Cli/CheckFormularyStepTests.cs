namespace Requisition.Host.Tests.Cli;

/// <summary><c>check --step formulary</c> on the district formulary (fixtures/district).</summary>
public sealed class CheckFormularyStepTests
{
    [Fact]
    public void Check_FormularyStep_FlagsTheDuplicateTheBrandItemAndTheItemsOffFornasOrDoen()
    {
        using var folder = DataFolder.Of("district");
        string[] expected =
        [
            "NOT_ON_FORNAS warning PKM-A OB025", // deksametason 0,5 mg: on FORNAS, fpktp = Tidak
            "NOT_ON_DOEN warning PKM-A OB052", // glibenklamid: oen = Tidak
            "DUPLICATE_ITEM warning PKM-A OB117", // parasetamol 500 mg twice ...
            "NON_GENERIC warning PKM-A OB901", // Ponstan: a brand
            "NOT_ON_DOEN warning PKM-A OB901",
            "NOT_ON_FORNAS warning PKM-A OB901",
            "DUPLICATE_ITEM warning PKM-A OB902", // ... under OB117 and OB902
        ];

        var result = CliRunner.Run("check", "--step", "formulary", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.Succeeded(result);
        Assert.Equal(expected, result.Flags().Select(f => f.Summary));
        Assert.All(result.Flags(), f => Assert.Equal("formulary", f.Step));
    }

    [Fact]
    public void Check_FormularyStep_TellsAnItemAbsentFromFornasFromOneNotForPrimaryCare()
    {
        using var folder = DataFolder.Of("district");

        var flags = CliRunner.Run("check", "--step", "formulary", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var notForFktp = flags.Single(f => f.Rule == "NOT_ON_FORNAS" && f.DrugCode == "OB025");
        var absent = flags.Single(f => f.Rule == "NOT_ON_FORNAS" && f.DrugCode == "OB901");
        Assert.Equal("not-for-fktp", notForFktp.Evidence.GetProperty("finding").GetString());
        Assert.Equal("712", notForFktp.Evidence.GetProperty("fornas_id").GetString());
        Assert.Equal("absent", absent.Evidence.GetProperty("finding").GetString());
    }

    [Fact]
    public void Check_FormularyStep_NamesTheOtherCodeOfADuplicate()
    {
        using var folder = DataFolder.Of("district");

        var flags = CliRunner.Run("check", "--step", "formulary", "--data", folder.Path, "--as-of", Fixtures.AsOf).Flags();

        var duplicate = flags.Single(f => f.Rule == "DUPLICATE_ITEM" && f.DrugCode == "OB117");
        Assert.Equal("OB902", duplicate.Evidence.GetProperty("same_as").GetString());
    }
}
