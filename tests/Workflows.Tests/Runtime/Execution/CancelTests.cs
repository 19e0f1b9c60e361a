using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class CancelTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.Distribution, TestDefinitions.Delivery, TestDefinitions.ApprovalV1);

    [Fact]
    public async Task Cancel_ADistribution_CancelsEveryOpenDeliveryAndWithdrawsAllTheirTasks()
    {
        var parent = await _district.StartAsync("distribution", "distribution:2026-11", Actors.Ifk, Actors.IfkOfficer,
            new JsonObject { ["facilities"] = new JsonArray("PKM-A", "PKM-B") });
        var unit = _district.Unit();

        await unit.Runner.CancelAsync(parent.Instance.Id, "budget frozen", Actors.IfkOfficer);
        unit.Commit();

        Assert.All(_district.Database.Instances, i => Assert.Equal(WorkflowStatus.Cancelled, i.Status));
        Assert.Empty(_district.Database.Bookmarks);
        var cancel = _district.Database.JournalOf(parent.Instance.Id).Single(e => e.Kind == JournalKinds.Cancel);
        Assert.Equal(("ifk.budi", """{"reason":"budget frozen"}"""), (cancel.UserId, cancel.InputJson));
    }

    [Fact]
    public async Task Cancel_OneDelivery_CountsAsDoneForTheJoin()
    {
        var parent = await _district.StartAsync("distribution", "distribution:2026-11", Actors.Ifk, Actors.IfkOfficer,
            new JsonObject { ["facilities"] = new JsonArray("PKM-A", "PKM-B") });
        var children = _district.Database.Instances.Where(i => i.ParentId == parent.Instance.Id).OrderBy(i => i.FacilityId).ToList();
        await _district.ResumeAsync(_district.OpenTask(children[0].Id).Id, "confirm", new("apt.a", "pharmacist", "PKM-A"));
        var unit = _district.Unit();

        await unit.Runner.CancelAsync(children[1].Id, "puskesmas closed for renovation", Actors.IfkOfficer);
        unit.Commit();

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(parent.Instance.Id).Status);
    }

    [Fact]
    public async Task Cancel_AnInstanceAlreadyCompleted_IsNotAllowed()
    {
        var parent = await _district.StartAsync("distribution", "distribution:2026-11", Actors.Ifk, Actors.IfkOfficer,
            new JsonObject { ["facilities"] = new JsonArray() });

        await Assert.ThrowsAsync<ActionNotAllowedException>(() => _district.Unit().Runner.CancelAsync(parent.Instance.Id, null, Actors.IfkOfficer));
    }
}
