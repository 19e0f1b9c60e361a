using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class ItemsCsvTests
{
    [Fact]
    public void Read_CodeAndNameOnly_GivesItemsWithoutFormStrengthOrUnit()
    {
        var table = TestCsv.Table("obat.csv", "kode_obat,nama_obat", "OB007,Amoksisilin kaplet 500 mg");

        var item = Assert.Single(ItemsCsv.Read(table));

        Assert.Equal(new ItemRow(new DrugCode("OB007"), "Amoksisilin kaplet 500 mg"), item);
    }

    [Fact]
    public void Read_AllColumns_GivesFormStrengthAndUnit()
    {
        var table = TestCsv.Table("items.csv", "drug_code,name,form,strength,unit", "OB025,Deksametason tablet 0.5 mg,tablet,\"0,5\",mg");

        var item = Assert.Single(ItemsCsv.Read(table));

        Assert.Equal(new ItemRow(new DrugCode("OB025"), "Deksametason tablet 0.5 mg", "tablet", "0,5", "mg"), item);
    }

    [Fact]
    public void Read_FacilityColumn_IsUnknownInTheItemsFile()
    {
        var table = TestCsv.Table("items.csv", "facility,drug_code,name", "PKM-CIBEBER,OB007,Amoksisilin kaplet 500 mg");

        var errors = TestCsv.Errors(() => ItemsCsv.Read(table));

        Assert.Equal(["items.csv:1: column 'facility': unknown column: the items file takes drug_code, name (optional: form, strength, unit)"], errors);
    }

    [Fact]
    public void Read_SameCodeTwice_IsADuplicatedRow()
    {
        var table = TestCsv.Table("items.csv", "drug_code,name", "OB007,Amoksisilin kaplet 500 mg", "OB007,Amoxicillin 500mg");

        var errors = TestCsv.Errors(() => ItemsCsv.Read(table));

        Assert.Equal(["items.csv:3: duplicated row: repeats line 2 (same drug_code)"], errors);
    }
}
