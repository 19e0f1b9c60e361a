using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class ApprovalFlowTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.ApprovalV1);

    [Fact]
    public async Task Start_Approval_WaitsForThePuskesmasPharmacistToSubmit()
    {
        var started = await _district.StartApprovalAsync();

        Assert.Equal(WorkflowStatus.Suspended, _district.Database.Instance(started.Instance.Id).Status);
        var task = _district.OpenTask(started.Instance.Id);
        Assert.Equal(("submit-request", "pharmacist", Actors.Cibeber), (task.Name, task.Role, task.FacilityId));
        Assert.Equal("""["submit"]""", task.OutcomesJson);
    }

    [Fact]
    public async Task Resume_Submitted_WaitsForTheIfkOfficerOfTheFacilityInTheVariable()
    {
        var started = await _district.StartApprovalAsync();

        await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist, new JsonObject { ["lines"] = 12 });

        var task = _district.OpenTask(started.Instance.Id);
        Assert.Equal(("review-request", "ifk-officer", Actors.Ifk), (task.Name, task.Role, task.FacilityId));
        Assert.Equal(12, _district.Variables(started.Instance.Id)["request"]!["lines"]!.GetValue<int>());
    }

    [Fact]
    public async Task Resume_Approved_CompletesTheInstanceWithNothingLeftWaiting()
    {
        var started = await _district.StartApprovalAsync();
        await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);

        var approved = await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "approve", Actors.IfkOfficer);

        Assert.Equal(WorkflowStatus.Completed, approved.Status);
        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(started.Instance.Id).Status);
        Assert.Empty(_district.Database.BookmarksOf(started.Instance.Id));
    }

    [Fact]
    public async Task Start_AnOpenInstanceAboutTheSameThing_IsRefusedAsAConflict()
    {
        await _district.StartApprovalAsync("request:PKM-CIBEBER:2026-10");

        await Assert.ThrowsAsync<Requisition.Workflows.Runtime.Contracts.WorkflowConflictException>(
            () => _district.StartApprovalAsync("request:PKM-CIBEBER:2026-10"));
    }

    [Fact]
    public async Task Start_AfterTheEarlierInstanceCompleted_StartsANewOne()
    {
        var first = await _district.StartApprovalAsync();
        await _district.ResumeAsync(_district.OpenTask(first.Instance.Id).Id, "submit", Actors.CibeberPharmacist);
        await _district.ResumeAsync(_district.OpenTask(first.Instance.Id).Id, "approve", Actors.IfkOfficer);

        var second = await _district.StartApprovalAsync();

        Assert.NotEqual(first.Instance.Id, second.Instance.Id);
        Assert.Equal(WorkflowStatus.Suspended, second.Status);
    }

    [Fact]
    public async Task Resume_Result_TellsWhatTheInstanceNowWaitsOnBeforeAnythingIsCommitted()
    {
        var started = await _district.StartApprovalAsync();
        var unit = _district.Unit();

        var result = await unit.Runner.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "submit", null, Actors.CibeberPharmacist);

        Assert.Equal("review-request", Assert.Single(result.Tasks).Name);
        Assert.Equal("submit-request", _district.OpenTask(started.Instance.Id).Name);
        unit.Commit();
        Assert.Equal("review-request", _district.OpenTask(started.Instance.Id).Name);
    }
}
