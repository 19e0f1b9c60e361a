using System.Text.Json.Nodes;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// Times written in WIB come back from the store as the same instants with offset zero, and the runner compares them
/// as instants: a due day's timers fire at local midnight whatever offset a host's clock uses, and a task's claim ends
/// on time. The October LPLPO of Cibeber is due by 10 November: late from 11 November 00:00 WIB (10 November 17:00 UTC),
/// reminded daily from 9 November 00:00 WIB, escalated on 14 November 00:00 WIB.
/// </summary>
public abstract class InstantsOnDatabaseTests(TestDatabase database)
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset StartedAt = HostProcess.Start.AddTicks(1_234_560);
    private static readonly DateTimeOffset LateFrom = new(2026, 11, 11, 0, 0, 0, Wib);
    private static readonly DateTimeOffset FirstReminder = new(2026, 11, 9, 0, 0, 0, Wib);
    private static readonly DateTimeOffset Escalation = new(2026, 11, 14, 0, 0, 0, Wib);

    [Fact]
    public async Task Start_LplpoWithDueDayTimers_ComesBackAsTheSameInstantsInUtc()
    {
        var host = Host(await database.MigratedAsync());

        var id = await StartLplpoAsync(host);

        var instance = await host.InstanceAsync(id);
        var bookmarks = await host.BookmarksAsync(id);
        var journal = await host.JournalAsync(id);
        var stored = new[] { instance.CreatedAt, instance.UpdatedAt }
            .Concat(bookmarks.Select(b => b.CreatedAt)).Concat(bookmarks.Select(b => b.DueAt!.Value)).Concat(journal.Select(e => e.At)).ToList();
        // The premise of this class: what the store gives back is in UTC, not in the offset the runner wrote.
        Assert.All(stored, at => Assert.Equal(TimeSpan.Zero, at.Offset));
        Assert.Equal((StartedAt, StartedAt), (instance.CreatedAt, instance.UpdatedAt));
        Assert.All(journal, e => Assert.Equal(StartedAt, e.At));
        Assert.Equal(LateFrom, (await host.OpenTaskAsync(id)).DueAt);
        Assert.Equal([("remind", FirstReminder), ("escalate", Escalation)], (await host.TimersAsync(id)).Select(t => (t.Name, t.DueAt!.Value)));
    }

    [Fact]
    public async Task TimerLoop_HostClockInUtc_FiresTheReminderAtWibMidnightAndNotAMicrosecondBefore()
    {
        var fresh = await database.FreshAsync();
        var id = await StartLplpoAsync(Host(fresh));
        var utcHost = Host(fresh);
        utcHost.Clock.Now = FirstReminder.ToUniversalTime().AddTicks(-TimeSpan.TicksPerMicrosecond);

        var early = await utcHost.TimerTickAsync("host-utc");
        utcHost.Clock.Now = FirstReminder.ToUniversalTime();
        var onTime = await utcHost.TimerTickAsync("host-utc");

        Assert.Empty(early);
        var fired = Assert.Single(onTime);
        Assert.Equal(id, fired.Instance.Id);
        var line = Assert.Single(await utcHost.JournalAsync(id), e => e.Kind == JournalKinds.Timer);
        var input = JsonNode.Parse(line.InputJson)!;
        Assert.Equal(("submit", "remind", FirstReminder), (line.ActivityId, input["timer"]!.GetValue<string>(), input["dueAt"]!.GetValue<DateTimeOffset>()));
        Assert.Equal(1, (await utcHost.VariablesAsync(id))["reminders"]!.GetValue<decimal>());
        // The next reminder is the stored due time plus a day: 10 November 00:00 WIB, not shifted by the offset.
        Assert.Equal([("remind", FirstReminder.AddDays(1)), ("escalate", Escalation)], (await utcHost.TimersAsync(id)).Select(t => (t.Name, t.DueAt!.Value)));
    }

    [Fact]
    public async Task FireTimer_NowInWibASecondBeforeTheStoredUtcDueTime_IsNotYetDueAndFiresAtTheDueTime()
    {
        var fresh = await database.FreshAsync();
        var id = await StartLplpoAsync(Host(fresh));
        var utcHost = Host(fresh);
        Bookmark reminder;
        await using (var claim = utcHost.Unit())
        {
            reminder = Assert.Single(await claim.Runner.ClaimDueTimersAsync(FirstReminder.ToUniversalTime(), "host-utc"));
            await claim.CommitAsync();
        }

        await using var early = utcHost.Unit();
        var refusal = await Assert.ThrowsAsync<ActionNotAllowedException>(
            () => early.Runner.FireTimerAsync(reminder.Id, FirstReminder.AddSeconds(-1), "host-utc"));
        await using var onTime = utcHost.Unit();
        await onTime.Runner.FireTimerAsync(reminder.Id, FirstReminder, "host-utc");
        await onTime.CommitAsync();

        Assert.Contains("not yet", refusal.Message);
        Assert.Equal(1, (await utcHost.VariablesAsync(id))["reminders"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task TimerLoop_LplpoStillMissingAtTheEscalation_FiresTheOverdueReminderThenEscalatesToTheIfk()
    {
        var fresh = await database.FreshAsync();
        var id = await StartLplpoAsync(Host(fresh));
        var utcHost = Host(fresh);
        utcHost.Clock.Now = Escalation.ToUniversalTime();

        var fired = await utcHost.TimerTickAsync("host-utc");

        Assert.Equal(2, fired.Count);
        Assert.Equal(
            [(JournalKinds.Timer, "remind"), (JournalKinds.Timer, "escalate")],
            (await utcHost.JournalAsync(id)).Where(e => e.Kind == JournalKinds.Timer)
                .Select(e => (e.Kind, JsonNode.Parse(e.InputJson)!["timer"]!.GetValue<string>())));
        var chase = await utcHost.OpenTaskAsync(id);
        Assert.Equal(("chase-late-lplpo", "ifk-officer", Actors.Ifk), (chase.Name, chase.Role, chase.FacilityId));
        Assert.Empty(await utcHost.TimersAsync(id));
        Assert.Equal(1, (await utcHost.VariablesAsync(id))["reminders"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task ClaimTask_ForThirtyMinutesOnAWibClock_KeepsAnotherOfficerOnAUtcClockOffUntilTheClaimEnds()
    {
        var migrated = await database.MigratedAsync();
        var review = await ClaimedReviewAsync(migrated);
        var utcHost = HostProcess.Create(migrated, ExampleFiles.ApprovalV1);

        utcHost.Clock.Now = StartedAt.ToUniversalTime().AddMinutes(30).AddTicks(-TimeSpan.TicksPerMicrosecond);
        var refusal = await Assert.ThrowsAsync<ActionNotAllowedException>(() => utcHost.ResumeAsync(review.Id, "approve", Actors.OtherIfkOfficer));
        utcHost.Clock.Now = StartedAt.ToUniversalTime().AddMinutes(30);
        await utcHost.ResumeAsync(review.Id, "approve", Actors.OtherIfkOfficer);

        Assert.Contains("claimed by ifk.budi", refusal.Message);
        var journal = await utcHost.JournalAsync(review.InstanceId);
        Assert.Equal(("review", "ifk.sari", "approve"), (journal[^2].ActivityId, journal[^2].UserId, journal[^2].Outcome));
        Assert.Equal(WorkflowStatus.Completed, (await utcHost.InstanceAsync(review.InstanceId)).Status);
    }

    /// <summary>An approval waiting for review, claimed by Budi for 30 minutes from <see cref="StartedAt"/> (WIB); as stored.</summary>
    private static async Task<Bookmark> ClaimedReviewAsync(RequisitionDatabase migrated)
    {
        var host = HostProcess.Create(migrated, ExampleFiles.ApprovalV1);
        host.Clock.Now = StartedAt;
        var id = (await host.StartAsync("approval", $"request:{Actors.Cibeber}:{Guid.NewGuid():N}", Actors.Cibeber, Actors.CibeberPharmacist,
            new() { ["ifk"] = Actors.Ifk })).Instance.Id;
        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);
        await using (var claim = host.Unit())
        {
            await claim.Runner.ClaimTaskAsync((await host.OpenTaskAsync(id)).Id, Actors.IfkOfficer, TimeSpan.FromMinutes(30));
            await claim.CommitAsync();
        }
        var review = await host.OpenTaskAsync(id);
        Assert.Equal(("ifk.budi", StartedAt.AddMinutes(30)), (review.ClaimedBy, review.ClaimedUntil!.Value));
        return review;
    }

    private static HostProcess Host(RequisitionDatabase db)
    {
        var host = HostProcess.Create(db, TestDefinitions.LplpoDue);
        host.Clock.Now = StartedAt;
        return host;
    }

    /// <summary>Cibeber's October LPLPO, started on a WIB clock.</summary>
    private static async Task<Guid> StartLplpoAsync(HostProcess host)
    {
        var started = await host.StartAsync("lplpo-due", $"lplpo:{Actors.Cibeber}:{Guid.NewGuid():N}", Actors.Cibeber, Actors.CibeberPharmacist,
            new JsonObject { ["period"] = "2026-10", ["ifk"] = Actors.Ifk });
        return started.Instance.Id;
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : InstantsOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : InstantsOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
