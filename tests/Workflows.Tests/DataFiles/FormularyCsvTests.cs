using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

public sealed class FormularyCsvTests
{
    private const string Header = "facility,drug_code,name,form,strength,unit,generic,price,fornas_id";

    [Fact]
    public void Read_FormularyRow_BecomesTheCatalogItem()
    {
        var table = TestCsv.Table("formulary.csv", Header,
            "PKM-CIBEBER,OB078,Kotrimoksazol DOEN I (dewasa) tablet 480 mg,tablet,400/80,mg,ya,210,2530");

        var item = Assert.Single(FormularyCsv.Read(table));

        Assert.Equal(new CatalogItem(new FacilityId("PKM-CIBEBER"), new DrugCode("OB078"),
            "Kotrimoksazol DOEN I (dewasa) tablet 480 mg", "tablet", "400/80", "mg", true, 210m, "2530"), item);
    }

    [Fact]
    public void Read_BlankStrengthAndUnit_AreAllowedForProductsWithoutOne()
    {
        var table = TestCsv.Table("formulary.csv", Header, "PKM-CIBEBER,OB050,Garam Oralit I serbuk,serbuk,,,yes,550,");

        var item = Assert.Single(FormularyCsv.Read(table));

        Assert.Equal(("", "", (string?)null), (item.Strength, item.Unit, item.FornasId));
    }

    [Fact]
    public void Read_WithoutTheOptionalFornasIdColumn_LeavesItNull()
    {
        var table = TestCsv.Table("formulary.csv", "facility,drug_code,name,form,strength,unit,generic,price",
            "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,125");

        var item = Assert.Single(FormularyCsv.Read(table));

        Assert.Null(item.FornasId);
    }

    [Fact]
    public void Read_EmptyRequiredField_IsAnErrorNamingTheColumn()
    {
        var table = TestCsv.Table("formulary.csv", Header, "PKM-CIBEBER,OB117,,tablet,500,mg,yes,125,");

        var errors = TestCsv.Errors(() => FormularyCsv.Read(table));

        Assert.Equal(["formulary.csv:2: column 'name': is empty; a value is required"], errors);
    }

    [Fact]
    public void Read_ErrorColumn_IsNamedAsTheFileWritesIt()
    {
        var table = TestCsv.Table("formulary.csv",
            "puskesmas,kode_obat,nama_obat,sediaan,kekuatan,satuan,generik,harga",
            "PKM-CIBEBER,OB117,Parasetamol tablet 500 mg,tablet,500,mg,yes,Rp125");

        var errors = TestCsv.Errors(() => FormularyCsv.Read(table));

        Assert.Equal(["formulary.csv:2: column 'harga': 'Rp125' is not a number: expected a number like 1500.50 ('.' is the decimal point, no thousands separators)"], errors);
    }
}
