using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>Opening stock per batch comes in from batches.csv as the opening line of each batch's stock card.</summary>
public sealed class OpeningStockImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly ImportFile Batches = ImportDistrict.Csv("batches.csv",
        "facility,drug_code,batch,expiry,quantity,unit_price,fund_source",
        "PKM-01,OBT-001,IMP-A1,2027-06-30,500,150,APBD II",
        "IFK-TEST,OBT-002,IMP-B7,2028-01-31,1200,,dak");

    [Fact]
    public async Task Import_NewBatches_OpenTheirStockCardsOnTheImportDayAndReimportChangesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);

        var first = await district.ImportAsync(ImportKind.OpeningStock, Batches);
        var again = await district.ImportAsync(ImportKind.OpeningStock, Batches);

        Assert.Equal((2, 0), (first.Preview.Added, first.Preview.Unchanged));
        Assert.Equal((0, 0, 2), (again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged));
        await using var db = district.District.Database.CreateDbContext();
        var opening = await db.StockMovements.AsNoTracking().SingleAsync(m => m.Batch == "IMP-A1");
        Assert.Equal((MovementKind.Opening, 500L, FundSource.ApbdII, new DateOnly(2026, 11, 1), 150m),
            (opening.Kind, opening.Quantity, opening.FundSource, opening.OccurredOn, opening.UnitPrice!.Value));
        var balance = await db.StockBalances.AsNoTracking().SingleAsync(b => b.FacilityId == new FacilityId("IFK-TEST") && b.Batch == "IMP-B7");
        Assert.Equal((1200L, FundSource.Dak), (balance.Quantity, balance.FundSource));
    }

    [Fact]
    public async Task Import_ABatchAlreadyOnTheCardWithOtherNumbers_RejectedAtItsBatchAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        await using var db = district.District.Database.CreateDbContext();
        var seeded = await db.StockMovements.AsNoTracking().Where(m => m.FacilityId == new FacilityId("PKM-01") && m.Kind == MovementKind.Opening).OrderBy(m => m.Id).FirstAsync();
        var before = await district.FingerprintAsync();
        var file = ImportDistrict.Csv("batches.csv",
            "facility,drug_code,batch,expiry,quantity",
            $"PKM-01,{seeded.DrugCode},{seeded.Batch},{seeded.Expiry:yyyy-MM-dd},{seeded.Quantity + 1}");

        var preview = await district.PreviewAsync(ImportKind.OpeningStock, file);

        var error = Assert.Single(preview.Errors);
        Assert.Equal((2, "batch"), (error.Line, error.Column));
        Assert.StartsWith($"batch {seeded.Batch} of {seeded.DrugCode} is already on the stock card of PKM-01 (opening {seeded.Quantity}", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("correct it with a stock count", error.Reason, StringComparison.Ordinal);
        Assert.Equal(before, await district.FingerprintAsync());
    }
}
