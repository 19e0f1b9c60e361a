using Requisition.Host.Web.Pages;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web;

/// <summary>A task links to the page where its holder can do it, never to a page of another role.</summary>
public sealed class TaskLinksTests
{
    [Theory]
    [InlineData(LplpoCommands.SubmitTask, CycleRoles.Pharmacist, "/Pharmacy/Lplpo/Edit/7")]
    [InlineData(LplpoCommands.ReceiveTask, CycleRoles.Pharmacist, "/Pharmacy/Receipt/7")]
    [InlineData(LplpoCommands.ReviewTask, CycleRoles.IfkOfficer, "/Ifk/Review/7")]
    [InlineData(LplpoCommands.ShipTask, CycleRoles.IfkOfficer, "/Ifk/Ship/7")]
    // A sub-unit's request and its review by the puskesmas have no page of their own: the timeline shows where they stand.
    [InlineData(LplpoCommands.SubmitTask, CycleRoles.SubUnit, "/Requisitions/Timeline/7")]
    [InlineData(LplpoCommands.ReviewTask, CycleRoles.Pharmacist, "/Requisitions/Timeline/7")]
    public void For_AnLplpoTask_LinksToItsHoldersPage(string task, string role, string path)
    {
        var view = new TaskView(Guid.NewGuid(), task, role, "PKM-X", Guid.NewGuid(), "lplpo-monthly", "c", null, DateTimeOffset.UnixEpoch, [], 7);

        Assert.Equal(path, TaskLinks.For(view).Path);
    }
}
