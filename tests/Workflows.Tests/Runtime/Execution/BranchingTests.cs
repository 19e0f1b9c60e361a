using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class BranchingTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.Routing);

    private async Task<string> RoutedTo(JsonObject variables)
    {
        var started = await _district.StartAsync("routing", "request:1", Actors.Cibeber, Actors.CibeberPharmacist, variables);
        return _district.OpenTask(started.Instance.Id).ActivityId;
    }

    [Fact]
    public async Task Decision_EmergencyRequest_GoesToTheCitoReview() =>
        Assert.Equal("cito-review", await RoutedTo(new JsonObject { ["kind"] = "cito" }));

    [Fact]
    public async Task Decision_ValueWithNoEntry_TakesTheDefault() =>
        Assert.Equal("review", await RoutedTo(new JsonObject { ["kind"] = "regular" }));

    [Fact]
    public async Task Decision_VariableNotSet_TakesTheDefault() =>
        Assert.Equal("review", await RoutedTo([]));

    [Fact]
    public async Task Decision_Routed_JournalsTheValueAsTheOutcome()
    {
        var started = await _district.StartAsync("routing", "request:1", Actors.Cibeber, Actors.CibeberPharmacist, new JsonObject { ["kind"] = "cito" });

        var route = _district.Database.JournalOf(started.Instance.Id).Single(e => e.ActivityId == "route" && e.Kind == JournalKinds.Activity);

        Assert.Equal(("cito", "apt.rina"), (route.Outcome, route.UserId));
    }
}
