using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>Applying writes only the file the person previewed, and only when it is valid; each apply is recorded.</summary>
public sealed class ApplyTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly ImportFile Catalog = ImportDistrict.Csv("catalog.csv",
        "drug_code,name,form,unit,generic", "OBT-300,Vitamin C,tablet,tablet,yes");

    [Fact]
    public async Task Apply_AnotherFileThanThePreviewed_IsRefusedAtTheFileAndWritesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var preview = await district.PreviewAsync(ImportKind.Catalog, Catalog);
        var edited = ImportDistrict.Csv("catalog.csv", "drug_code,name,form,unit,generic", "OBT-300,Vitamin C 50 mg,tablet,tablet,yes");
        var before = await district.FingerprintAsync();

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Imports.ApplyAsync(district.Admin, ImportKind.Catalog, edited, ImportDistrict.WithHasher, preview.Sha256));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("file", error.Field);
        Assert.StartsWith("catalog.csv is not the file that was previewed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await district.FingerprintAsync());
    }

    [Fact]
    public async Task Apply_AnInvalidFile_IsRefusedListingEveryProblemLocated()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var invalid = ImportDistrict.Csv("batches.csv", "facility,drug_code,batch,expiry,quantity",
            "PKM-01,OBT-001,X1,31/12/2027,10", "PKM-01,OBT-001,X2,2027-12-31,-4");

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            district.Imports.ApplyAsync(district.Admin, ImportKind.OpeningStock, invalid, ImportDistrict.WithHasher, ImportService.Sha256Of(invalid)));

        Assert.Equal([
            "file: batches.csv:2: column 'expiry': '31/12/2027' is not a date: expected YYYY-MM-DD, like 2027-03-31",
            "file: batches.csv:3: column 'quantity': '-4' is negative: quantities are 0 or more",
        ], refused.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Apply_EveryImportEvenOneThatChangesNothing_IsRecordedWithItsCountsWhoAndWhen()
    {
        var district = await ImportDistrict.CreateAsync(database);

        await district.ImportAsync(ImportKind.Catalog, Catalog);
        await district.ImportAsync(ImportKind.Catalog, Catalog);

        await using var db = district.District.Database.CreateDbContext();
        var runs = await db.ImportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([(1, 0, 1), (0, 1, 1)], runs.Select(r => (r.Added, r.Unchanged, r.Rows)));
        Assert.All(runs, r => Assert.Equal(("catalog", "catalog.csv", ImportService.Sha256Of(Catalog), district.Admin.UserId, district.District.Clock.Now),
            (r.Kind, r.FileName, r.Sha256, r.ImportedBy, r.ImportedAt)));
    }

    [Fact]
    public async Task Preview_AsAPharmacistForAnAdministratorsKind_IsDenied()
    {
        var district = await ImportDistrict.CreateAsync(database);

        await Assert.ThrowsAsync<AccessDeniedException>(() => district.PreviewAsync(ImportKind.Catalog, Catalog, actor: district.District.Pharmacist(0)));
    }
}
