using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Integration.Support;
using Requisition.Workflows.Tests.Persistence;
using Requisition.Workflows.Tests.Persistence.Support;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Integration;

/// <summary>
/// The pharmacist submits Cibeber's October LPLPO at the moment a host fires its reminder: one of the two commits
/// conflicts, and whichever wins, the LPLPO is received once and the reminder fires at most once. Each test has a
/// database of its own, because due timers are read across all instances.
/// </summary>
public abstract class TimerRaceOnDatabaseTests(TestDatabase database)
{
    /// <summary>9 November 2026 00:00 WIB: two days before the LPLPO is late, the first reminder is due.</summary>
    private static readonly DateTimeOffset FirstReminder = new(2026, 11, 9, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task Commit_SubmitAndReminderAtTheSameMoment_OneConflictsAndTheRetryLeavesOneSubmission()
    {
        var (host, id) = await WaitingLplpoAsync();
        await using (var claim = host.Unit())
        {
            Assert.Single(await claim.Runner.ClaimDueTimersAsync(FirstReminder, "host-a"));
            await claim.CommitAsync();
        }
        var reminder = (await host.TimersAsync(id))[0];
        var submitTask = await host.OpenTaskAsync(id);
        await using var fire = host.Unit();
        await using var submit = host.Unit();
        await fire.Runner.FireTimerAsync(reminder.Id, FirstReminder, "host-a");
        await submit.Runner.ResumeAsync(submitTask.Id, "submit", null, Actors.CibeberPharmacist);

        var failures = await RunnerUnit.CommitTogetherAsync(fire, submit);

        Assert.IsType<WorkflowConflictException>(Assert.Single(failures, f => f is not null));
        var reminderWon = failures[0] is null;
        if (reminderWon) await host.ResumeAsync(submitTask.Id, "submit", Actors.CibeberPharmacist);
        Assert.Empty(await host.TimerTickAsync("host-a"));
        var journal = await host.JournalAsync(id);
        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.Empty(await host.BookmarksAsync(id));
        Assert.Single(journal, e => e.Kind == JournalKinds.HumanAction);
        Assert.Equal(reminderWon ? 1 : 0, journal.Count(e => e.Kind == JournalKinds.Timer));
        Assert.Equal(reminderWon ? 1 : 0, (await host.VariablesAsync(id))["reminders"]?.GetValue<decimal>() ?? 0);
    }

    [Fact]
    public async Task FireTimer_ClaimedThenTheLplpoWasSubmitted_IsNotFoundAndNothingFires()
    {
        var (host, id) = await WaitingLplpoAsync();
        IReadOnlyList<Bookmark> claimed;
        await using (var claim = host.Unit())
        {
            claimed = await claim.Runner.ClaimDueTimersAsync(FirstReminder, "host-a");
            await claim.CommitAsync();
        }

        await host.ResumeAsync((await host.OpenTaskAsync(id)).Id, "submit", Actors.CibeberPharmacist);

        await using var fire = host.Unit();
        await Assert.ThrowsAsync<TaskNotFoundException>(() => fire.Runner.FireTimerAsync(Assert.Single(claimed).Id, FirstReminder, "host-a"));
        Assert.DoesNotContain(await host.JournalAsync(id), e => e.Kind == JournalKinds.Timer);
    }

    [Fact]
    public async Task Commit_SubmitStagedBeforeAHostClaimedTheReminder_ConflictsAndTheRetrySucceeds()
    {
        var (host, id) = await WaitingLplpoAsync();
        var submitTask = await host.OpenTaskAsync(id);
        await using var submit = host.Unit();
        await submit.Runner.ResumeAsync(submitTask.Id, "submit", null, Actors.CibeberPharmacist);
        await using (var claim = host.Unit())
        {
            Assert.Single(await claim.Runner.ClaimDueTimersAsync(FirstReminder, "host-a"));
            await claim.CommitAsync();
        }

        // The claim changed a timer the submit withdraws: its claim columns are concurrency tokens.
        await Assert.ThrowsAsync<WorkflowConflictException>(() => submit.CommitAsync());
        await host.ResumeAsync(submitTask.Id, "submit", Actors.CibeberPharmacist);

        Assert.Equal(WorkflowStatus.Completed, (await host.InstanceAsync(id)).Status);
        Assert.Empty(await host.TimerTickAsync("host-a"));
    }

    /// <summary>A host whose clock reads the first reminder's due time, and Cibeber's October LPLPO waiting since 1 November.</summary>
    private async Task<(HostProcess Host, Guid Id)> WaitingLplpoAsync()
    {
        var host = HostProcess.Create(await database.FreshAsync(), TestDefinitions.LplpoDue);
        var started = await host.StartAsync("lplpo-due", $"lplpo:{Actors.Cibeber}:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new JsonObject { ["period"] = "2026-10", ["ifk"] = Actors.Ifk });
        host.Clock.Now = FirstReminder;
        return (host, started.Instance.Id);
    }

    public sealed class OnSqlite(SqliteTestDatabase database) : TimerRaceOnDatabaseTests(database), IClassFixture<SqliteTestDatabase>;

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres(PostgresServer server) : TimerRaceOnDatabaseTests(server.DatabaseFor(typeof(OnPostgres)));
}
