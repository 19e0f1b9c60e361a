using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// An LPLPO's revision is its version for optimistic concurrency (the API's ETag): every changing command raises it by
/// one, and a command that names the revision it read is refused as stale once someone else changed the LPLPO, with
/// nothing written.
/// </summary>
public abstract class LplpoRevisionTests(TestDatabase database)
{
    [Fact]
    public async Task SaveDraft_WithTheCurrentRevision_PassesAndRaisesItByOne()
    {
        var (district, lplpo, pharmacist) = await DraftAsync();
        var before = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);

        var result = await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput(CycleSteps.HalfUsed(before)), before.Revision);

        var after = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        Assert.Equal(before.Revision + 1, result.Revision);
        Assert.Equal(before.Revision + 1, after.Revision);
        Assert.Equal(CycleSteps.HalfUsed(before).Select(l => l.Used), after.Lines.Select(l => (long?)l.Used));
    }

    [Fact]
    public async Task SaveDraft_WithAnOlderRevision_IsRefusedAsStaleAndChangesNothing()
    {
        var (district, lplpo, pharmacist) = await DraftAsync();
        var read = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput([new DraftLine(read.Lines[0].DrugCode, StockoutDays: 1)]), read.Revision);
        var current = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        var probe = new LedgerProbe(district.Database);
        var rows = await probe.RowsAsync();

        var stale = await Assert.ThrowsAsync<StaleDocumentException>(() =>
            district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput(CycleSteps.HalfUsed(read)), read.Revision));

        Assert.Contains($"revision {current.Revision}, not {read.Revision}", stale.Message, StringComparison.Ordinal);
        var after = await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId);
        Assert.Equal(current.Revision, after.Revision);
        Assert.Equal(Values(current), Values(after));
        Assert.Equal(rows, await probe.RowsAsync());
    }

    [Fact]
    public async Task Submit_WithAnOlderRevision_IsRefusedAsStaleAndTheLplpoStaysADraft()
    {
        var (district, lplpo, pharmacist) = await DraftAsync();
        var steps = new CycleSteps(district);
        var read = await steps.FillAsync(lplpo);
        await district.Host.Lplpo.SaveDraftAsync(pharmacist, lplpo.LplpoId, new SaveDraftInput([new DraftLine(read.Lines[0].DrugCode, StockoutDays: 2)]));
        var acknowledgements = await steps.AcknowledgementsAsync(pharmacist, lplpo.LplpoId);
        var rows = await new LedgerProbe(district.Database).RowsAsync();

        await Assert.ThrowsAsync<StaleDocumentException>(() =>
            district.Host.Lplpo.SubmitAsync(pharmacist, lplpo.LplpoId, new SubmitInput(acknowledgements), ifRevision: read.Revision));

        Assert.Equal("draft", (await district.Host.Queries.LplpoAsync(pharmacist, lplpo.LplpoId)).Status);
        Assert.Equal(rows, await new LedgerProbe(district.Database).RowsAsync());
    }

    /// <summary>What the pharmacist fills in, line by line.</summary>
    private static IReadOnlyList<string> Values(LplpoView view) =>
        view.Lines.Select(l => $"{l.DrugCode}: used {l.Used}, lost {l.Lost}, closing {l.Closing}, stock-out days {l.StockoutDays}, requested {l.Requested}").ToList();

    private async Task<(CycleDistrict District, LplpoRef Lplpo, Actor Pharmacist)> DraftAsync()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 1);
        var month = await new CycleSteps(district).StartMonthAsync();
        district.SetDay(3);
        return (district, month.Lplpos[0], district.Pharmacist(0));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : LplpoRevisionTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : LplpoRevisionTests(server.DatabaseFor(typeof(OnPostgres)));
}
