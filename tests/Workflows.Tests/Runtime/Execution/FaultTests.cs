using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class FaultTests
{
    private const string Shipping = """
        { "id": "shipping", "version": 1, "start": "review",
          "activities": [
            { "id": "review", "type": "HumanTask", "properties": { "role": "ifk-officer", "anyFacility": true, "outcomes": ["approve", "return"], "inputVariable": "review" },
              "next": { "approve": "print", "return": "reason" } },
            { "id": "print", "type": "Explode", "next": "done" },
            { "id": "reason", "type": "RequireReason", "next": "done" },
            { "id": "done", "type": "End" }
          ] }
        """;

    private readonly RuntimeHarness _district = new(new ActivityRegistry([new Explode(), new RequireReason()]), Shipping);

    [Fact]
    public async Task Resume_AnActivityThatFails_FaultsTheInstanceAndJournalsWhy()
    {
        var started = await _district.StartAsync("shipping", "s:1", null, Actors.IfkOfficer);

        var result = await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "approve", Actors.IfkOfficer);

        Assert.Equal(WorkflowStatus.Faulted, _district.Database.Instance(started.Instance.Id).Status);
        Assert.Equal("the SBBK printer is on fire", result.Fault);
        Assert.Empty(_district.Database.BookmarksOf(started.Instance.Id));
        var fault = _district.Database.JournalOf(started.Instance.Id).Last();
        Assert.Equal(("print", JournalKinds.Fault, "ifk.budi"), (fault.ActivityId, fault.Kind, fault.UserId));
    }

    [Fact]
    public async Task Resume_InputAnActivityRefuses_ThrowsAndStagesNothing()
    {
        var started = await _district.StartAsync("shipping", "s:1", null, Actors.IfkOfficer);
        var task = _district.OpenTask(started.Instance.Id);
        var unit = _district.Unit();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => unit.Runner.ResumeAsync(task.Id, "return", new JsonObject(), Actors.IfkOfficer));

        Assert.Equal("a returned LPLPO needs a reason (keterangan)", error.Message);
        Assert.False(unit.Store.HasChanges);
        Assert.Equal(task.Id, _district.OpenTask(started.Instance.Id).Id);
    }

    [Fact]
    public async Task Start_ALoopWithNothingToWaitOn_FaultsInsteadOfSpinningForever()
    {
        var district = new RuntimeHarness("""
            { "id": "spin", "version": 1, "start": "a",
              "activities": [ { "id": "a", "type": "SetVariable", "properties": { "variable": "n", "increment": 1 }, "next": "a" } ] }
            """);

        var result = await district.StartAsync("spin", "s:1", null, Actors.IfkOfficer);

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.StartsWith("more than 1000 activities ran in one call without waiting", result.Fault);
    }

    [Fact]
    public async Task Start_ADecisionOnAValueWithNoWayOn_FaultsNamingTheVariableAndTheValue()
    {
        var district = new RuntimeHarness("""
            { "id": "route", "version": 1, "start": "d",
              "activities": [ { "id": "d", "type": "Decision", "properties": { "variable": "kind" }, "next": { "cito": "e" } }, { "id": "e", "type": "End" } ] }
            """);

        var result = await district.StartAsync("route", "r:1", null, Actors.IfkOfficer, new JsonObject { ["kind"] = "regular" });

        Assert.Equal(WorkflowStatus.Faulted, result.Status);
        Assert.Equal("test-definitions/0.json: $.activities[0].next: variable 'kind' is 'regular', which has no entry, and there is no 'default'", result.Fault);
    }
}
