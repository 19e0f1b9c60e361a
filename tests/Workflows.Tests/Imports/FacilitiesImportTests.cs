using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>The district tree comes in from facilities.csv: IFK, puskesmas under an IFK, sub-units under a puskesmas.</summary>
public sealed class FacilitiesImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Import_NewBranchOfTheTree_AddsItParentsFirstAndReimportChangesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var file = ImportDistrict.Csv("facilities.csv",
            "kode_puskesmas,nama,jenis,induk,aktif",
            "PKM-01,Puskesmas Satu (rawat inap),puskesmas,IFK-TEST,ya",
            "PKM-NEW,Puskesmas Baru,Puskesmas,IFK-TEST,",
            "PKM-NEW-PUSTU1,Pustu Baru 1,pustu,PKM-NEW,");

        var first = await district.ImportAsync(ImportKind.Facilities, file);
        var again = await district.ImportAsync(ImportKind.Facilities, file);

        Assert.Equal((2, 1, 0), (first.Preview.Added, first.Preview.Changed, first.Preview.Unchanged));
        Assert.Equal("name 'Puskesmas 1' -> 'Puskesmas Satu (rawat inap)'", first.Preview.Changes.Single(c => c.Action == "change").Detail);
        Assert.True(again.Preview.ChangesNothing);
        await using var db = district.District.Database.CreateDbContext();
        var pustu = await db.Facilities.AsNoTracking().SingleAsync(f => f.Id == new FacilityId("PKM-NEW-PUSTU1"));
        Assert.Equal((FacilityKind.SubUnit, new FacilityId("PKM-NEW"), true), (pustu.Kind, pustu.ParentId!.Value, pustu.Active));
    }

    [Fact]
    public async Task Import_KindChangedParentListedLaterAndIfkUnderAParent_RejectedAtTheirRowsAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var before = await district.FingerprintAsync();
        var file = ImportDistrict.Csv("facilities.csv",
            "facility,name,kind,parent",
            "PKM-01,Puskesmas 1,sub-unit,IFK-TEST",
            "PUSTU-X,Pustu X,sub-unit,PKM-LATER",
            "PKM-LATER,Puskesmas Later,puskesmas,IFK-TEST",
            "IFK-2,IFK Dua,ifk,IFK-TEST",
            "PKM-Z,Puskesmas Z,klinik,IFK-TEST");

        var preview = await district.PreviewAsync(ImportKind.Facilities, file);

        Assert.Equal([
            "facilities.csv:2: column 'kind': PKM-01 is a puskesmas in the database: a facility's kind never changes",
            "facilities.csv:2: column 'parent': a sub-unit belongs to a puskesmas, and IFK-TEST is an IFK",
            "facilities.csv:3: column 'parent': PKM-LATER is not a facility in the database or on an earlier line: it is on line 4; list a facility before those that belong to it",
            "facilities.csv:5: column 'parent': an IFK belongs to no other facility: leave parent blank",
            "facilities.csv:6: column 'kind': 'klinik' is not a kind of facility: expected ifk, puskesmas or sub-unit (pustu, polindes, poskesdes)",
        ], preview.Errors.Select(e => e.ToString()));
        Assert.Equal(before, await district.FingerprintAsync());
        await Assert.ThrowsAsync<Workflows.Cycle.CommandRejectedException>(() =>
            district.Imports.ApplyAsync(district.Admin, ImportKind.Facilities, file, ImportDistrict.WithHasher, preview.Sha256));
        Assert.Equal(before, await district.FingerprintAsync());
    }
}
