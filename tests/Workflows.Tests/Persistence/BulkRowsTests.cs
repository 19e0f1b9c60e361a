using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Persistence;

/// <summary>
/// The high-volume tables (LPLPO lines, given rows, stock movements, flags, SBBK and receipt lines) are written by the
/// context's own prepared statements rather than EF's row-by-row commands: with the keys of new parents filled in, in
/// the save's one transaction, all or nothing, and tracked afterwards just as EF leaves what it saved.
/// </summary>
public abstract class BulkRowsTests(TestDatabase database)
{
    [Fact]
    public async Task SaveChanges_ANewLplpoWithLinesAndGivenRows_WritesThemUnderTheLplposNewId()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var ifk = await IfkAsync(migrated, rows);
        await using var db = migrated.CreateDbContext();
        var report = Lplpo(rows, ifk, used: 40);
        db.Lplpos.Add(report);

        await db.SaveChangesAsync();

        Assert.True(report.Id > 0);
        Assert.All(report.Lines, l => Assert.Equal(report.Id, l.LplpoId));
        Assert.Equal(EntityState.Unchanged, db.Entry(report.Lines[0]).State);
        Assert.Equal(EntityState.Unchanged, db.Entry(report.Lines[0].Given[0]).State);
        await using var fresh = migrated.CreateDbContext();
        var line = await fresh.LplpoItems.Include(l => l.Given).SingleAsync(l => l.LplpoId == report.Id);
        Assert.Equal((40L, 150L), (line.Used, line.Given.Single().Quantity));
    }

    [Fact]
    public async Task SaveChanges_NewFlags_ReadTheirGeneratedIdsBackInOrder()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using var db = migrated.CreateDbContext();
        var flags = Enumerable.Range(1, 7).Select(i => Flag(rows.Puskesmas, $"subject {i}")).ToList();
        db.Flags.AddRange(flags);

        await db.SaveChangesAsync();

        await using var fresh = migrated.CreateDbContext();
        var stored = await fresh.Flags.Where(f => f.FacilityId == rows.Puskesmas).ToDictionaryAsync(f => f.Id, f => f.Subject);
        Assert.Equal(flags.Select(f => f.Subject), flags.Select(f => stored[f.Id]));
    }

    [Fact]
    public async Task SaveChanges_ABulkRowTheDatabaseRefuses_WritesNothingOfTheSaveAndCanBeRetriedOnceFixed()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using var db = migrated.CreateDbContext();
        var good = Flag(rows.Puskesmas, "first");
        var bad = Flag(new FacilityId("PKM-NOWHERE"), "second");
        db.StockMovements.Add(rows.Movement(MovementKind.Receipt, 100));
        db.Flags.AddRange(good, bad);

        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("flags", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountsAsync(migrated, rows));
        Assert.Equal(EntityState.Added, db.Entry(good).State);
        bad.FacilityId = rows.Puskesmas;
        await db.SaveChangesAsync();
        Assert.Equal((1, 2), await CountsAsync(migrated, rows));
    }

    [Fact]
    public async Task SaveChanges_ChangedLines_UpdatesOnlyThemAndLaterChangesAgain()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var ifk = await IfkAsync(migrated, rows);
        long id;
        await using (var db = migrated.CreateDbContext())
        {
            var report = Lplpo(rows, ifk, used: 40);
            db.Lplpos.Add(report);
            await db.SaveChangesAsync();
            id = report.Id;
        }

        await using (var db = migrated.CreateDbContext())
        {
            var line = await db.LplpoItems.SingleAsync(l => l.LplpoId == id);
            line.Used = 55;
            line.Note = "dihitung ulang";
            await db.SaveChangesAsync();
            Assert.Equal(EntityState.Unchanged, db.Entry(line).State);
            line.Closing = 5;
            await db.SaveChangesAsync();
        }

        await using var fresh = migrated.CreateDbContext();
        var stored = await fresh.LplpoItems.SingleAsync(l => l.LplpoId == id);
        Assert.Equal((55L, "dihitung ulang", 5L, 200L), (stored.Used, stored.Note, stored.Closing, stored.Requested));
    }

    [Fact]
    public async Task SaveChanges_ALineSomeoneElseRemoved_IsAConcurrencyFailureAndTheChangeStaysPending()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        var ifk = await IfkAsync(migrated, rows);
        await using var db = migrated.CreateDbContext();
        var report = Lplpo(rows, ifk, used: 40);
        db.Lplpos.Add(report);
        await db.SaveChangesAsync();
        await using (var other = migrated.CreateDbContext())
            await other.LplpoItems.Where(l => l.LplpoId == report.Id).ExecuteDeleteAsync();

        report.Lines[0].Used = 60;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.True(db.Entry(report.Lines[0]).Property(l => l.Used).IsModified);
    }

    [Fact]
    public async Task SaveChanges_AStockBalanceWrittenDirectly_IsRefusedAndNothingIsSaved()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using var db = migrated.CreateDbContext();
        db.StockMovements.Add(rows.Movement(MovementKind.Receipt, 100));
        db.StockBalances.Add(new StockBalance
        {
            FacilityId = rows.Puskesmas, DrugCode = rows.Amoxicillin, Batch = "AMX-2611", Expiry = new DateOnly(2028, 6, 30),
            FundSource = FundSource.ApbdII, Quantity = 500,
        });

        await Assert.ThrowsAsync<AppendOnlyException>(() => db.SaveChangesAsync());

        Assert.Equal((0, 0), await CountsAsync(migrated, rows));
    }

    [Fact]
    public async Task SaveChanges_Synchronously_IsRefusedSinceTheBalancesAreKeptByTheAsynchronousSave()
    {
        var migrated = await database.MigratedAsync();
        var rows = await LedgerRows.SaveAsync(migrated);
        await using var db = migrated.CreateDbContext();
        db.StockMovements.Add(rows.Movement(MovementKind.Receipt, 100));

        Assert.Throws<NotSupportedException>(() => db.SaveChanges());

        Assert.Equal((0, 0), await CountsAsync(migrated, rows));
    }

    private static async Task<(int Movements, int Flags)> CountsAsync(RequisitionDatabase migrated, LedgerRows rows)
    {
        await using var db = migrated.CreateDbContext();
        return (await db.StockMovements.CountAsync(m => m.FacilityId == rows.Puskesmas), await db.Flags.CountAsync(f => f.FacilityId == rows.Puskesmas));
    }

    private static async Task<FacilityId> IfkAsync(RequisitionDatabase migrated, LedgerRows rows)
    {
        var ifk = new FacilityId($"IFK-{rows.Puskesmas.Value}");
        await using var db = migrated.CreateDbContext();
        db.Facilities.Add(new Facility { Id = ifk, Name = "IFK Kabupaten Cianjur", Kind = FacilityKind.Ifk });
        await db.SaveChangesAsync();
        return ifk;
    }

    private static LplpoReport Lplpo(LedgerRows rows, FacilityId ifk, long used)
    {
        var line = new LplpoItem { DrugCode = rows.Amoxicillin, Opening = 100, Received = 50, Used = used, Closing = 150 - used, Requested = 200 };
        line.Given.Add(new LplpoGiven { DrugCode = rows.Amoxicillin, FundSource = FundSource.ApbdII, Quantity = 150 });
        var report = new LplpoReport
        {
            FacilityId = rows.Puskesmas, SupplierId = ifk, Period = new Period(2026, 10), Kind = LplpoKind.Regular,
            Status = LplpoStatus.Draft, CreatedBy = "apt-siti", CreatedAt = SampleRows.Monday,
        };
        report.Lines.Add(line);
        return report;
    }

    private static FlagRecord Flag(FacilityId facility, string subject) => new()
    {
        Rule = "EXCESS_STOCK", Severity = Severity.Warning, Step = "lplpo", FacilityId = facility, Subject = subject,
        Message = "Stok melebihi batas", RaisedAt = SampleRows.Monday, Status = FlagStatus.Open,
    };

    public sealed class OnSqlite(SqliteTestDatabase database) : BulkRowsTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : BulkRowsTests(server.DatabaseFor(typeof(OnPostgres)));
}
