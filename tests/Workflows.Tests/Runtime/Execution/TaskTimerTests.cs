using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

/// <summary>The October LPLPO of Cibeber: due on 10 November (day 10), reminders from 8 November, escalation three days late.</summary>
public sealed class TaskTimerTests
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset EndOfDueDay = new(2026, 11, 11, 0, 0, 0, Wib);

    private readonly RuntimeHarness _district = new(TestDefinitions.LplpoDue);

    private async Task<Guid> StartOctoberLplpo()
    {
        var started = await _district.StartAsync("lplpo-due", "lplpo:PKM-CIBEBER:2026-10", Actors.Cibeber, Actors.CibeberPharmacist,
            new JsonObject { ["period"] = "2026-10", ["ifk"] = Actors.Ifk });
        return started.Instance.Id;
    }

    [Fact]
    public async Task Start_LplpoTask_IsDueAtTheEndOfTheDueDayOfTheNextMonth()
    {
        var id = await StartOctoberLplpo();

        Assert.Equal(EndOfDueDay, _district.OpenTask(id).DueAt);
        Assert.Equal([EndOfDueDay.AddDays(-2), EndOfDueDay.AddDays(3)], _district.Timers(id).Select(t => t.DueAt!.Value));
    }

    [Fact]
    public async Task Reminder_WhenDue_LeavesTheTaskOpenRunsItsSidePathAndComesBackTheNextDay()
    {
        var id = await StartOctoberLplpo();
        var task = _district.OpenTask(id);
        _district.Clock.Now = EndOfDueDay.AddDays(-2);

        await _district.FireDueTimersAsync();

        Assert.Equal(task.Id, _district.OpenTask(id).Id);
        Assert.Equal(1, _district.Variables(id)["reminders"]!.GetValue<decimal>());
        Assert.Equal([EndOfDueDay.AddDays(-1), EndOfDueDay.AddDays(3)], _district.Timers(id).Select(t => t.DueAt!.Value));
        Assert.Equal(WorkflowStatus.Suspended, _district.Database.Instance(id).Status);
    }

    [Fact]
    public async Task Reminder_AfterTheHostWasDown_FiresOnceAndSchedulesTheNextStillAhead()
    {
        var id = await StartOctoberLplpo();
        _district.Clock.Now = EndOfDueDay.AddDays(1).AddHours(5); // the 8th, 9th and 10th reminders were missed

        await _district.FireDueTimersAsync();

        Assert.Equal(1, _district.Variables(id)["reminders"]!.GetValue<decimal>());
        Assert.Equal([EndOfDueDay.AddDays(2), EndOfDueDay.AddDays(3)], _district.Timers(id).Select(t => t.DueAt!.Value).Order());
    }

    [Fact]
    public async Task Escalation_ThreeDaysLate_WithdrawsTheTaskAndItsRemindersAndAsksTheIfkToChase()
    {
        var id = await StartOctoberLplpo();
        for (var day = -2; day <= 3; day++)
        {
            _district.Clock.Now = EndOfDueDay.AddDays(day);
            await _district.FireDueTimersAsync();
        }

        var chase = _district.OpenTask(id);
        Assert.Equal(("chase-late-lplpo", "ifk-officer", Actors.Ifk), (chase.Name, chase.Role, chase.FacilityId));
        Assert.Empty(_district.Timers(id));
        Assert.Equal(5, _district.Variables(id)["reminders"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Submit_BeforeTheDueDay_WithdrawsTheReminderAndTheEscalation()
    {
        var id = await StartOctoberLplpo();
        _district.Clock.Now = new DateTimeOffset(2026, 11, 5, 9, 0, 0, Wib);

        await _district.ResumeAsync(_district.OpenTask(id).Id, "submit", Actors.CibeberPharmacist);
        _district.Clock.Now = EndOfDueDay.AddDays(10);
        var fired = await _district.FireDueTimersAsync();

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(id).Status);
        Assert.Empty(_district.Database.BookmarksOf(id));
        Assert.Empty(fired);
    }
}
