using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Cycle.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;

namespace Requisition.Workflows.Tests.Cycle;

/// <summary>
/// A host process stops in the middle of the month and a new one starts on the same database: it finds the open tasks
/// and carries the month on to the end; the journal keeps both hosts' actions in the order they happened.
/// </summary>
public abstract class RestartTests(TestDatabase database)
{
    [Fact]
    public async Task NewHost_AfterTheFirstStoppedMidMonth_ContinuesWhereItStoppedAndClosesTheMonth()
    {
        var district = await CycleDistrict.CreateAsync(await database.FreshAsync(), puskesmas: 3);
        var steps = new CycleSteps(district);
        var month = await steps.StartMonthAsync();
        var startedAt = district.Clock.Now;
        district.SetDay(4);
        await steps.FillAndSubmitAsync(month.Lplpos[0]);
        await steps.FillAndSubmitAsync(month.Lplpos[1]);
        var stoppedAt = district.Clock.Now;

        var host = district.NewHost();
        district.SetDay(5);
        var third = month.Lplpos[2];
        var draft = Assert.Single(await host.Queries.TasksAsync(steps.PharmacistOf(third.FacilityId)));
        Assert.Equal((LplpoCommands.SubmitTask, (long?)third.LplpoId), (draft.Name, draft.LplpoId));
        var reviews = await host.Queries.TasksAsync(district.Ifk);
        Assert.Equal(month.Lplpos.Take(2).Select(l => (long?)l.LplpoId).Order(), reviews.Select(t => t.LplpoId).Order());
        Assert.All(reviews, t => Assert.Equal(LplpoCommands.ReviewTask, t.Name));
        await steps.FillAndSubmitAsync(third, host);
        district.SetDay(6);
        foreach (var lplpo in month.Lplpos) await steps.ApproveAsync(lplpo.LplpoId, host);
        district.SetDay(8);
        foreach (var lplpo in month.Lplpos) await steps.ShipAsync(lplpo.LplpoId, host);
        district.SetDay(10);
        foreach (var lplpo in month.Lplpos) await steps.ReceiveInFullAsync(lplpo, host);

        var lplpos = await host.Queries.LplposAsync(district.Ifk, CycleDistrict.Month.ToString());
        Assert.Equal(Enumerable.Repeat("closed", 3), month.Lplpos.Select(l => lplpos.Single(s => s.Id == l.LplpoId).Status));
        Assert.Empty(await host.Queries.TasksAsync(district.Ifk));
        var instances = await host.Queries.InstancesAsync(district.Ifk);
        Assert.Equal("completed", instances.Single(i => i.Id == month.InstanceId).Status);

        var probe = new LedgerProbe(district.Database);
        var monthJournal = await probe.JournalAsync(month.InstanceId);
        Assert.Equal(startedAt, Assert.Single(monthJournal, e => e.Kind == JournalKinds.FanOut).At);
        var join = Assert.Single(monthJournal, e => e.Kind == JournalKinds.Join);
        Assert.True(join.At > stoppedAt, $"the month was joined at {join.At:O}, before host A stopped at {stoppedAt:O}");
        var first = await probe.JournalAsync(month.Lplpos[0].InstanceId);
        var actions = first.Where(e => e.Kind == JournalKinds.HumanAction).Select(e => (e.ActivityId, e.Outcome, e.UserId)).ToList();
        Assert.Equal(
        [
            ("draft", "submit", steps.PharmacistOf(month.Lplpos[0].FacilityId).UserId),
            ("review", "approve", district.Ifk.UserId),
            ("ship", "ship", district.Ifk.UserId),
            ("receive", "confirm", steps.PharmacistOf(month.Lplpos[0].FacilityId).UserId),
        ], actions);
        var submittedBeforeTheStop = first.Single(e => e.Kind == JournalKinds.HumanAction && e.ActivityId == "draft");
        Assert.True(submittedBeforeTheStop.At <= stoppedAt);
        Assert.Equal(first.Select(e => e.At).Order(), first.Select(e => e.At));
        Assert.Equal(("done", JournalKinds.Activity), (first[^1].ActivityId, first[^1].Kind));
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : RestartTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : RestartTests(server.DatabaseFor(typeof(OnPostgres)));
}
