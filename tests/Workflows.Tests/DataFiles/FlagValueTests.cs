using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class FlagValueTests
{
    private const string Header = "facility,drug_code,name,form,strength,unit,generic,price";

    [Theory]
    [InlineData("yes", true)]
    [InlineData("No", false)]
    [InlineData("YA", true)]
    [InlineData("tidak", false)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("y", true)]
    [InlineData("N", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Read_AcceptedSpellingOfYesOrNo_GivesTheFlag(string text, bool expected)
    {
        var table = TestCsv.Table("formulary.csv", Header, $"PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,{text},125");

        var item = Assert.Single(FormularyCsv.Read(table));

        Assert.Equal(expected, item.Generic);
    }

    [Fact]
    public void Read_OtherFlagText_IsAnErrorListingTheAcceptedSpellings()
    {
        var table = TestCsv.Table("formulary.csv", Header, "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,generik,125");

        var errors = TestCsv.Errors(() => FormularyCsv.Read(table));

        Assert.Equal(["formulary.csv:2: column 'generic': 'generik' is not yes or no: expected yes/no, ya/tidak, true/false, y/n or 1/0"], errors);
    }
}
