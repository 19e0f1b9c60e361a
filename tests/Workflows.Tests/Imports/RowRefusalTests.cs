using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Imports.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>
/// Bad rows are each refused at their line and column, all of them in one preview: text in a number column, a negative
/// quantity, an unknown item or facility, a repeated row, a bad date or period. Nothing is written.
/// </summary>
public sealed class RowRefusalTests(RefusedFileDistrict fixture) : IClassFixture<RefusedFileDistrict>
{
    [Fact]
    public Task OpeningStock_BadRows_EachRefusedAtItsLineAndColumn() => RefusedAsync(ImportKind.OpeningStock,
        ImportDistrict.Csv("batches.csv",
            "facility,drug_code,batch,expiry,jumlah,sumber_dana",
            "PKM-01,OBT-001,A1,2027-06-30,lima,APBD II",
            "PKM-01,OBT-001,A2,2027-06-30,-5,APBD II",
            "PKM-01,OBT-404,A3,2027-06-30,5,APBD II",
            "PKM-99,OBT-001,A4,2027-06-30,5,APBD II",
            "PKM-01,OBT-001,A5,2027-02-30,5,APBD II",
            "PKM-01,OBT-001,A6,2027-06-30,5,hibah",
            "PKM-01,OBT-001,A6,2027-06-30,5,APBD II"),
        "batches.csv:2: column 'jumlah': 'lima' is not a whole number: expected a quantity like 1500 (digits only, no separators)",
        "batches.csv:3: column 'jumlah': '-5' is negative: quantities are 0 or more",
        "batches.csv:4: column 'drug_code': no item OBT-404 in the drug catalog",
        "batches.csv:5: column 'facility': no facility PKM-99",
        "batches.csv:6: column 'expiry': '2027-02-30' is not a date: expected YYYY-MM-DD, like 2027-03-31",
        "batches.csv:7: column 'sumber_dana': 'hibah' is not a funding source: expected APBN, APBD I, APBD II, DAK, BLUD, programme or other",
        "batches.csv:8: duplicated row: repeats line 7 (same facility, drug_code and batch)");

    [Fact]
    public Task Catalog_RepeatedCode_RefusedNamingTheLineItRepeats() => RefusedAsync(ImportKind.Catalog,
        ImportDistrict.Csv("catalog.csv", "drug_code,name,form,unit,generic", "OBT-500,A,tablet,tablet,yes", "OBT-500,B,tablet,tablet,yes"),
        "catalog.csv:3: duplicated row: repeats line 2 (same drug_code)");

    [Fact]
    public Task Fornas_FlagThatIsNoYesOrNo_RefusedAtItsColumn() => RefusedAsync(ImportKind.Fornas,
        ImportDistrict.Csv("fornas.csv", "id_obat,nama_obat,sediaan,kekuatan,satuan,fpktp,oen,program", "1,x,tablet,1,mg,Mungkin,Ya,Tidak"),
        "fornas.csv:2: column 'fpktp': 'Mungkin' is not yes or no: expected yes/no, ya/tidak, true/false, y/n or 1/0");

    [Fact]
    public Task Lplpo_TextInANumberColumn_RefusedAtItsLineAndColumn() => RefusedAsync(ImportKind.Lplpo,
        ImportDistrict.Csv("lplpo.csv", "facility,period,drug_code,stok_awal,penerimaan,pemakaian,rusak,sisa_stok,permintaan",
            "PKM-01,2026-10,OBT-001,10,0,1.500,0,5,0"),
        "lplpo.csv:2: column 'pemakaian': '1.500' is not a whole number: expected a quantity like 1500 (digits only, no separators)");

    private async Task RefusedAsync(ImportKind kind, ImportFile file, params string[] expected)
    {
        var district = fixture.District;
        var before = await district.FingerprintAsync();
        var actor = kind == ImportKind.Lplpo ? district.District.Pharmacist(0) : district.Admin;

        var preview = await district.PreviewAsync(kind, file, ImportDistrict.WithHasher with { Edition = "2099" }, actor);

        Assert.Equal(expected, preview.Errors.Select(e => e.ToString()));
        Assert.Equal(expected.Length, preview.TotalErrors);
        Assert.Equal(before, await district.FingerprintAsync());
    }
}
