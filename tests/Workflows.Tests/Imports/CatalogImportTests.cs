using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>The district drug catalog comes in from catalog.csv: new codes added, known ones updated field by field.</summary>
public sealed class CatalogImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly ImportFile Catalog = ImportDistrict.Csv("catalog.csv",
        "Kode Obat,Nama Obat,Sediaan,Kekuatan,Satuan,Generik,BMHP,Program,LASA,High Alert,Isi Kemasan",
        "OBT-001,Parasetamol,tablet,500 mg,tablet,ya,tidak,tidak,tidak,tidak,1000",
        "OBT-100,Kasa steril 16x16,lembar,,lembar,ya,ya,tidak,tidak,tidak,",
        "OBT-101,Insulin glargin,injeksi,100 IU/ml,pen,tidak,tidak,tidak,ya,ya,5");

    [Fact]
    public async Task Import_NewAndChangedItems_AddsOneChangesOneFieldByFieldAndReimportChangesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);

        var first = await district.ImportAsync(ImportKind.Catalog, Catalog);
        var again = await district.ImportAsync(ImportKind.Catalog, Catalog);

        Assert.Equal((2, 1, 0), (first.Preview.Added, first.Preview.Changed, first.Preview.Unchanged));
        var change = Assert.Single(first.Preview.Changes, c => c.Action == ImportChange.Change);
        Assert.Equal("OBT-001", change.Key);
        Assert.Equal("pack_size 100 -> 1000", change.Detail);
        Assert.Equal((0, 0, 3), (again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged));
        Assert.True(again.Preview.ChangesNothing);
        await using var db = district.District.Database.CreateDbContext();
        var insulin = await db.Drugs.AsNoTracking().SingleAsync(d => d.Code == new DrugCode("OBT-101"));
        Assert.Equal(("pen", false, true, true, 5), (insulin.Unit, insulin.Generic, insulin.Lasa, insulin.HighAlert, insulin.PackSize));
        Assert.Equal(2, await db.ImportRuns.CountAsync(r => r.Kind == "catalog"));
    }

    [Fact]
    public async Task Import_FlagsLeftOut_KeepsTheStoredValuesOfAKnownItem()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var renamed = ImportDistrict.Csv("catalog.csv",
            "drug_code,name,form,unit,generic",
            "OBT-010,Tablet Tambah Darah (TTD),tablet,tablet,yes");

        var result = await district.ImportAsync(ImportKind.Catalog, renamed);

        Assert.Equal("name 'Tablet Tambah Darah' -> 'Tablet Tambah Darah (TTD)'", Assert.Single(result.Preview.Changes).Detail);
        await using var db = district.District.Database.CreateDbContext();
        var ttd = await db.Drugs.AsNoTracking().SingleAsync(d => d.Code == new DrugCode("OBT-010"));
        Assert.Equal((true, "60 mg"), (ttd.Programme, ttd.Strength));
    }

    [Fact]
    public async Task Import_ZeroPackSizeAndBadFlag_RejectedAtTheirColumnsAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var before = await district.FingerprintAsync();
        var bad = ImportDistrict.Csv("catalog.csv",
            "drug_code,name,form,unit,generic,isi_kemasan",
            "OBT-200,Asam folat,tablet,tablet,mungkin,0");

        var preview = await district.PreviewAsync(ImportKind.Catalog, bad);

        Assert.Equal(["catalog.csv:2: column 'generic': 'mungkin' is not yes or no: expected yes/no, ya/tidak, true/false, y/n or 1/0",
            "catalog.csv:2: column 'isi_kemasan': '0' is not a pack size: units per pack are 1 or more"], preview.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await district.FingerprintAsync());
    }
}
