using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Tests.DataFiles;

namespace Requisition.Workflows.Tests.Formulary;

public sealed class DoenCsvTests
{
    [Fact]
    public void Read_NameFormStrengthUnit_GivesTheEntries()
    {
        var table = TestCsv.Table("doen.csv", "name,form,strength,unit", "Amoksisilin,tablet,500,mg", "Betametason,krim,,");

        var entries = DoenCsv.Read(table);

        Assert.Equal([new DoenEntry("Amoksisilin", "tablet", "500", "mg"), new DoenEntry("Betametason", "krim", "", "")], entries);
    }

    [Fact]
    public void Read_IndonesianHeaders_AreAccepted()
    {
        var table = TestCsv.Table("doen.csv", "nama_obat,sediaan,kekuatan,satuan", "Parasetamol,sirup,120 mg/5 ml,");

        var entry = Assert.Single(DoenCsv.Read(table));

        Assert.Equal("120 mg/5 ml", entry.Strength);
    }

    [Fact]
    public void Read_MissingColumn_IsAnErrorOnTheHeader()
    {
        var table = TestCsv.Table("doen.csv", "name,form,strength", "Amoksisilin,tablet,500");

        var errors = TestCsv.Errors(() => DoenCsv.Read(table));

        var error = Assert.Single(errors);
        Assert.StartsWith("doen.csv:1: column 'unit': required column is missing", error);
    }

    [Fact]
    public void Read_BlankName_IsAnErrorAtItsLine()
    {
        var table = TestCsv.Table("doen.csv", "name,form,strength,unit", "Amoksisilin,tablet,500,mg", ",tablet,250,mg");

        var errors = TestCsv.Errors(() => DoenCsv.Read(table));

        Assert.Equal(["doen.csv:3: column 'name': is empty; a value is required"], errors);
    }
}
