using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

/// <summary>The IFK ships November's distribution: one delivery per puskesmas, closed when every puskesmas confirmed receipt.</summary>
public sealed class FanOutJoinTests
{
    private static readonly string[] Puskesmas = [Actors.Cibeber, Actors.Cikalong, "PKM-SUKANAGARA"];

    private readonly RuntimeHarness _district = new(TestDefinitions.Distribution, TestDefinitions.Delivery);

    private async Task<WorkflowRunResult> Ship(params string[] facilities) =>
        await _district.StartAsync("distribution", "distribution:2026-11", Actors.Ifk, Actors.IfkOfficer,
            new JsonObject { ["facilities"] = new JsonArray(facilities.Select(f => (JsonNode)f).ToArray()), ["period"] = "2026-11" });

    private IReadOnlyList<WorkflowInstance> Children(Guid parentId) =>
        _district.Database.Instances.Where(i => i.ParentId == parentId).OrderBy(i => i.CorrelationId).ToList();

    private Task Confirm(WorkflowInstance delivery) =>
        _district.ResumeAsync(_district.OpenTask(delivery.Id).Id, "confirm", new("apt.x", "pharmacist", delivery.FacilityId));

    [Fact]
    public async Task FanOut_ThreePuskesmas_StartsOneDeliveryForEachWithItsFacilityAndPeriod()
    {
        var parent = await Ship(Puskesmas);

        var children = Children(parent.Instance.Id);
        Assert.Equal(["distribution:2026-11/PKM-CIBEBER", "distribution:2026-11/PKM-CIKALONG", "distribution:2026-11/PKM-SUKANAGARA"],
            children.Select(c => c.CorrelationId));
        Assert.Equal(Puskesmas.Order(), children.Select(c => c.FacilityId));
        Assert.All(children, c => Assert.Equal(WorkflowStatus.Suspended, c.Status));
        var variables = JsonNode.Parse(children[0].VariablesJson)!;
        Assert.Equal(("PKM-CIBEBER", "2026-11"), (variables["facility"]!.GetValue<string>(), variables["period"]!.GetValue<string>()));
        Assert.Equal(BookmarkKind.Join, Assert.Single(_district.Database.BookmarksOf(parent.Instance.Id)).Kind);
    }

    [Fact]
    public async Task Join_WhileSomeDeliveriesAreUnconfirmed_KeepsTheDistributionWaiting()
    {
        var parent = await Ship(Puskesmas);
        var children = Children(parent.Instance.Id);

        await Confirm(children[0]);
        await Confirm(children[1]);

        Assert.Equal(WorkflowStatus.Suspended, _district.Database.Instance(parent.Instance.Id).Status);
        Assert.Equal(BookmarkKind.Join, Assert.Single(_district.Database.BookmarksOf(parent.Instance.Id)).Kind);
    }

    [Fact]
    public async Task Join_TheLastDeliveryConfirmed_ClosesTheDistribution()
    {
        var parent = await Ship(Puskesmas);
        foreach (var child in Children(parent.Instance.Id)) await Confirm(child);

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(parent.Instance.Id).Status);
        Assert.True(_district.Variables(parent.Instance.Id)["closed"]!.GetValue<bool>());
        var join = _district.Database.JournalOf(parent.Instance.Id).Single(e => e.Kind == JournalKinds.Join);
        Assert.Equal(("system", "done", 3), (join.UserId, join.Outcome, JsonNode.Parse(join.InputJson)!["completed"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FanOut_Journal_ListsTheChildrenItStarted()
    {
        var parent = await Ship(Puskesmas);

        var fanOut = _district.Database.JournalOf(parent.Instance.Id).Single(e => e.Kind == JournalKinds.FanOut);

        Assert.Equal(3, JsonNode.Parse(fanOut.InputJson)!["children"]!.AsArray().Count);
        Assert.Equal(("ifk.budi", "waiting"), (fanOut.UserId, fanOut.Outcome));
    }

    [Fact]
    public async Task FanOut_NoPuskesmasToShipTo_GoesOnAtOnce()
    {
        var parent = await Ship();

        Assert.Equal(WorkflowStatus.Completed, parent.Status);
    }

    [Fact]
    public async Task Join_TheLastTwoDeliveriesConfirmedAtOnce_OneCommitConflictsAndItsRetryClosesTheDistribution()
    {
        var parent = await Ship(Puskesmas);
        var children = Children(parent.Instance.Id);
        await Confirm(children[0]);
        var cikalong = _district.Unit();
        var sukanagara = _district.Unit();
        await cikalong.Runner.ResumeAsync(_district.OpenTask(children[1].Id).Id, "confirm", null, new("apt.dewi", "pharmacist", children[1].FacilityId));
        await sukanagara.Runner.ResumeAsync(_district.OpenTask(children[2].Id).Id, "confirm", null, new("apt.tini", "pharmacist", children[2].FacilityId));

        cikalong.Commit();
        Assert.Throws<WorkflowConflictException>(sukanagara.Commit);
        Assert.Equal(WorkflowStatus.Suspended, _district.Database.Instance(parent.Instance.Id).Status);
        await Confirm(children[2]);

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(parent.Instance.Id).Status);
    }
}
