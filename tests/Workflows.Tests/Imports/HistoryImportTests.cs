using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Imports;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Imports.Support;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Imports;

/// <summary>Past months of stock cards come in from history.csv as closed LPLPOs, one per facility and month.</summary>
public sealed class HistoryImportTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private const string Header = "facility,drug_code,period,opening,received,used,lost,closing,stockout_days";

    /// <summary>Two months of every item of the district for PKM-01: October 2026 (after the seeded year) and September 2025 (before it).</summary>
    private static readonly string[] Rows = CycleDistrict.Items
        .SelectMany((item, i) => new[]
        {
            $"PKM-01,{item.Code},2026-10,{100 + i},{50 + i},{60 + i},{i % 2},{90 - (i % 2)},{i % 3}",
            $"PKM-01,{item.Code},2025-09,{200 + i},0,{30 + i},0,{170},0",
        })
        .ToArray();

    [Fact]
    public async Task Import_TwoMonthsOfAFacility_StoresClosedLplposThatReadBackAsTheFileAndReimportChangesNothing()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var file = ImportDistrict.Csv("history.csv", [Header, .. Rows]);
        var progress = new List<ImportProgress>();

        var first = await district.ImportAsync(ImportKind.History, file);
        var again = await district.ImportAsync(ImportKind.History, file);
        await district.PreviewAsync(ImportKind.History, file, progress: new SyncProgress(progress));

        Assert.Equal((24, 24, 0), (first.Preview.Rows, first.Preview.Added, first.Preview.Unchanged));
        Assert.Equal((0, 0, 24), (again.Preview.Added, again.Preview.Changed, again.Preview.Unchanged));
        await using var db = district.District.Database.CreateDbContext();
        var stored = await db.Lplpos.AsNoTracking()
            .Where(r => r.FacilityId == new FacilityId("PKM-01") && r.CreatedBy == district.Admin.UserId)
            .Select(r => new { r.Id, r.Period, r.Status, r.SupplierId, r.Kind }).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, r => Assert.Equal((LplpoStatus.Closed, new FacilityId("IFK-TEST"), LplpoKind.Regular), (r.Status, r.SupplierId, r.Kind)));
        var ids = stored.Select(r => r.Id).ToList();
        var period = stored.ToDictionary(r => r.Id, r => r.Period);
        var lines = await db.LplpoItems.AsNoTracking().Where(i => ids.Contains(i.LplpoId)).ToListAsync();
        var readBack = lines
            .Select(i => $"PKM-01,{i.DrugCode},{period[i.LplpoId]},{i.Opening},{i.Received},{i.Used},{i.Lost},{i.Closing},{i.StockoutDays}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(Rows.Order(StringComparer.Ordinal), readBack);
        Assert.Contains(progress, p => p.Stage == ImportProgress.Checking && p.Done == p.Total && p.Total == 24);
    }

    [Fact]
    public async Task Import_CurrentMonthStoredMonthWithOtherNumbersAndUnknownItems_RejectedRowByRowAndNothingWritten()
    {
        var district = await ImportDistrict.CreateAsync(database);
        var before = await district.FingerprintAsync();
        var file = ImportDistrict.Csv("history.csv",
            Header,
            "PKM-01,OBT-001,2026-11,10,0,5,0,5,0",
            "PKM-01,OBT-001,2026-09,1,2,3,0,0,0",
            "PKM-01,OBT-999,2026-10,10,0,5,0,5,0",
            "PKM-01,OBT-999,2025-08,10,0,5,0,5,0",
            "PKM-01,OBT-002,2026-10,sepuluh,0,5,0,5,0",
            "PKM-01,OBT-003,2026-10,10,0,-5,0,5,0",
            "PKM-01,OBT-004,2026-10,10,0,5,0,5,0",
            "PKM-01,OBT-004,2026-10,10,0,5,0,5,0");

        var preview = await district.PreviewAsync(ImportKind.History, file);

        Assert.Equal([
            "history.csv:2: column 'period': 2026-11 is not a past month: history is of months before 2026-11",
            "history.csv:3: the closed LPLPO of PKM-01 for 2026-09 is stored already with other numbers for OBT-001",
            "history.csv:4: column 'drug_code': no item OBT-999 in the drug catalog (1 further row names it too)",
            "history.csv:6: column 'opening': 'sepuluh' is not a whole number: expected a quantity like 1500 (digits only, no separators)",
            "history.csv:7: column 'used': '-5' is negative: quantities are 0 or more",
            "history.csv:9: duplicated row: repeats line 8 (same facility, drug_code and period)",
        ], preview.Errors.Select(e => e.ToString().Split(" (opening", 2)[0]));
        Assert.Equal(before, await district.FingerprintAsync());
    }

    /// <summary>Collects reports on the caller's thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SyncProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
