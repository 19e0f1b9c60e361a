using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// Batch approval: the IFK approves many LPLPOs as requested in one action, but only those with no open flag and
/// nothing more than information from the review rules; every other one is listed as skipped, with why, and left
/// untouched for a line-by-line review.
/// </summary>
public abstract class ApproveManyTests(TestDatabase database)
{
    [Fact]
    public async Task ApproveMany_CleanAndFlaggedLplpos_ApprovesOnlyTheCleanOneAndSaysWhyTheOthersWereLeft()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 3);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        var (clean, stockOut, openFlag) = (month.Lplpos[0], month.Lplpos[1], month.Lplpos[2]);
        // A third of the stock used leaves more than a month's stock: nothing for the review rules to warn about.
        await SubmitAsync(steps, clean, usedUp: false);
        // One item used up: a stock-out warning at review.
        await SubmitAsync(steps, stockOut, usedUp: true);
        await SubmitAsync(steps, openFlag, usedUp: false);
        await OpenWarningAsync(district, openFlag);
        const long missing = 987_654;
        var probe = new LedgerProbe(district.Database);
        district.SetDay(6);

        var result = await district.Host.Lplpo.ApproveManyAsync(district.Ifk, new ApproveManyInput([clean.LplpoId, stockOut.LplpoId, openFlag.LplpoId, missing]));

        Assert.Equal([clean.LplpoId], result.Approved);
        Assert.Equal([stockOut.LplpoId, openFlag.LplpoId, missing], result.Skipped.Select(s => s.LplpoId));
        Assert.Contains("STOCK_OUT", result.Skipped[0].Why, StringComparison.Ordinal);
        Assert.Equal("1 open flag(s) to look at", result.Skipped[1].Why);
        Assert.Equal("no such LPLPO", result.Skipped[2].Why);

        var approved = await probe.LplpoAsync(clean.LplpoId);
        Assert.Equal((LplpoStatus.Approved, district.Ifk.UserId), (approved.Status, approved.ReviewedBy));
        Assert.All(approved.Lines, l => Assert.Equal(RoundedToPacks(l.Requested, l.DrugCode.Value), l.Given.Sum(g => g.Quantity)));
        foreach (var left in new[] { stockOut, openFlag })
        {
            Assert.Equal(LplpoStatus.Submitted, (await probe.LplpoAsync(left.LplpoId)).Status);
            Assert.Empty(await probe.GivenAsync(left.LplpoId));
        }
        var reviews = await district.Host.Queries.TasksAsync(district.Ifk);
        Assert.Equal([LplpoCommands.ShipTask, LplpoCommands.ReviewTask, LplpoCommands.ReviewTask],
            new long?[] { clean.LplpoId, stockOut.LplpoId, openFlag.LplpoId }.Select(id => reviews.Single(t => t.LplpoId == id).Name));
    }

    [Fact]
    public async Task ApproveMany_ByAPharmacist_ApprovesNothing()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        await SubmitAsync(steps, month.Lplpos[0], usedUp: false);
        var probe = new LedgerProbe(district.Database);
        var before = await probe.RowsAsync();

        var result = await district.Host.Lplpo.ApproveManyAsync(district.Pharmacist(0), new ApproveManyInput([month.Lplpos[0].LplpoId]));

        Assert.Empty(result.Approved);
        // Another supplier's LPLPO is answered as unknown: the reason tells the caller nothing of its state or reviewer.
        Assert.Equal("no such LPLPO", Assert.Single(result.Skipped).Why);
        Assert.Equal(before, await probe.RowsAsync());
    }

    private static async Task SubmitAsync(CycleSteps steps, LplpoRef lplpo, bool usedUp)
    {
        var pharmacist = steps.PharmacistOf(lplpo.FacilityId);
        var view = await steps.District.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        var lines = view.Lines.Select((l, i) => new DraftLine(l.DrugCode,
            Used: usedUp && i == 0 ? l.Opening + l.Received - l.Lost : (l.Opening + l.Received - l.Lost) / 3)).ToList();
        await steps.FillAsync(lplpo, lines);
        await steps.SubmitAsync(lplpo);
    }

    /// <summary>A warning at the LPLPO step nobody has acknowledged (as a rules step that does not gate leaves one).</summary>
    private static async Task OpenWarningAsync(CycleDistrict district, LplpoRef lplpo)
    {
        await using var db = district.Database.CreateDbContext();
        db.Flags.Add(new FlagRecord
        {
            Rule = "DEAD_STOCK", Severity = Severity.Warning, Step = Steps.Lplpo, FacilityId = new FacilityId(lplpo.FacilityId),
            DrugCode = new DrugCode("OBT-003"), Period = CycleDistrict.Month, Message = "Oralit: no use for 3 months.",
            ThresholdVersion = "default-2026.1", WorkflowInstanceId = lplpo.InstanceId, RaisedAt = district.Clock.Now, Status = FlagStatus.Open,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>The request in whole packs of the seeded catalog (at least one pack), as batch approval gives it.</summary>
    private static long RoundedToPacks(long requested, string drugCode)
    {
        var pack = CycleDistrict.Items.Single(i => i.Code == drugCode).PackSize;
        if (requested <= 0 || pack is not > 1) return requested;
        return Math.Max(pack.Value, (long)Math.Round((decimal)requested / pack.Value, MidpointRounding.AwayFromZero) * pack.Value);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ApproveManyTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ApproveManyTests(server.DatabaseFor(typeof(OnPostgres)));
}
