using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// The list of LPLPOs (filtered by period and status in the database) and the flag counts over a set of LPLPOs agree
/// with what the single LPLPO views show, and leave out what the actor may not read.
/// </summary>
public abstract class ListingQueryTests(TestDatabase database)
{
    [Fact]
    public async Task LplposAndFlagCounts_AfterSubmittingOneOfTwo_AgreeWithTheViews()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        var (submitted, draft) = (month.Lplpos[0], month.Lplpos[1]);
        await steps.FillAndSubmitAsync(submitted);
        var queries = district.Host.Queries;

        var all = await queries.LplposAsync(district.Ifk, CycleDistrict.Month.ToString());
        var waiting = await queries.LplposAsync(district.Ifk, CycleDistrict.Month.ToString(), LplpoStatus.Submitted);
        var otherMonth = await queries.LplposAsync(district.Ifk, CycleDistrict.Month.AddMonths(1).ToString());
        var notAPeriod = await queries.LplposAsync(district.Ifk, "2026-13");
        var counts = await queries.FlagCountsAsync(district.Ifk, [submitted.LplpoId, draft.LplpoId, submitted.LplpoId]);

        Assert.Equal([submitted.LplpoId, draft.LplpoId], all.OrderBy(s => s.FacilityId, StringComparer.Ordinal).Select(s => s.Id));
        Assert.Equal([submitted.LplpoId], waiting.Select(s => s.Id));
        Assert.Empty(otherMonth);
        Assert.Empty(notAPeriod);
        var views = new[] { await queries.LplpoAsync(district.Ifk, submitted.LplpoId), await queries.LplpoAsync(district.Ifk, draft.LplpoId) };
        foreach (var view in views)
        {
            var summary = all.Single(s => s.Id == view.Id);
            Assert.Equal((view.Status, view.Lines.Count, view.Flags.Count(f => f.Status == FlagStatus.Open)), (summary.Status, summary.Lines, summary.OpenFlags));
        }
        var expected = views.SelectMany(v => v.Flags).GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), counts.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task LplposAndFlagCounts_ForAnotherPuskesmasPharmacist_LeaveOutWhatTheyMayNotRead()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 2);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        district.SetDay(4);
        await steps.FillAndSubmitAsync(month.Lplpos[0]);
        var other = steps.PharmacistOf(month.Lplpos[1].FacilityId);

        var listed = await district.Host.Queries.LplposAsync(other, CycleDistrict.Month.ToString());
        var counts = await district.Host.Queries.FlagCountsAsync(other, [month.Lplpos[0].LplpoId]);

        Assert.Equal([month.Lplpos[1].LplpoId], listed.Select(s => s.Id));
        Assert.Empty(counts);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : ListingQueryTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : ListingQueryTests(server.DatabaseFor(typeof(OnPostgres)));
}
