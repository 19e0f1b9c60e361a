using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class TimerTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.Cooling);

    [Fact]
    public async Task Timer_ADelay_WaitsUntilThatLongAfterItWasReached()
    {
        var started = await _district.StartAsync("cooling", "c:1", Actors.Cibeber, Actors.CibeberPharmacist);

        var timer = Assert.Single(_district.Timers(started.Instance.Id));

        Assert.Equal(("cooling-off", RuntimeHarness.Start.AddDays(3)), (timer.Name, timer.DueAt));
    }

    [Fact]
    public async Task FireDueTimers_OneMinuteBeforeTheDueTime_FiresNothing()
    {
        var started = await _district.StartAsync("cooling", "c:1", Actors.Cibeber, Actors.CibeberPharmacist);
        _district.Clock.Now = RuntimeHarness.Start.AddDays(3).AddMinutes(-1);

        var fired = await _district.FireDueTimersAsync();

        Assert.Empty(fired);
        Assert.Single(_district.Timers(started.Instance.Id));
        Assert.DoesNotContain(_district.Database.BookmarksOf(started.Instance.Id), b => b.Kind == BookmarkKind.HumanTask);
    }

    [Fact]
    public async Task FireDueTimers_AtTheDueTime_GoesOnToTheNextActivity()
    {
        var started = await _district.StartAsync("cooling", "c:1", Actors.Cibeber, Actors.CibeberPharmacist);
        _district.Clock.Now = RuntimeHarness.Start.AddDays(3);

        var fired = await _district.FireDueTimersAsync();

        Assert.Single(fired);
        Assert.Empty(_district.Timers(started.Instance.Id));
        Assert.Equal("confirm", _district.OpenTask(started.Instance.Id).Name);
        var entry = _district.Database.JournalOf(started.Instance.Id).Single(e => e.Kind == JournalKinds.Timer);
        Assert.Equal(("system", "system", "done", RuntimeHarness.Start.AddDays(3)), (entry.UserId, entry.Role, entry.Outcome, entry.At));
        Assert.Equal("cooling-off", JsonNode.Parse(entry.InputJson)!["timer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timer_DueTimeAlreadyPast_GoesOnAtOnce()
    {
        var district = new RuntimeHarness("""
            { "id": "deadline", "version": 1, "start": "wait",
              "activities": [ { "id": "wait", "type": "Timer", "properties": { "due": { "variable": "deadline" } }, "next": "done" },
                              { "id": "done", "type": "End" } ] }
            """);

        var started = await district.StartAsync("deadline", "d:1", null, Actors.CibeberPharmacist,
            new JsonObject { ["deadline"] = RuntimeHarness.Start.AddDays(-1) });

        Assert.Equal(WorkflowStatus.Completed, started.Status);
    }
}
