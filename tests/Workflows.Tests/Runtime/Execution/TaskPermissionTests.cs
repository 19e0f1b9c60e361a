using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class TaskPermissionTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.ApprovalV1, TestDefinitions.Cooling);

    private async Task<Bookmark> ReviewTask()
    {
        var started = await _district.StartApprovalAsync();
        await _district.ResumeAsync(_district.OpenTask(started.Instance.Id).Id, "submit", Actors.CibeberPharmacist);
        return _district.OpenTask(started.Instance.Id);
    }

    /// <summary>Tries an action in its own unit; a refusal must leave nothing staged.</summary>
    private async Task<TException> Refused<TException>(Func<WorkflowRunner, Task> act) where TException : Exception
    {
        var unit = _district.Unit();
        var error = await Assert.ThrowsAsync<TException>(() => act(unit.Runner));
        Assert.False(unit.Store.HasChanges);
        return error;
    }

    [Fact]
    public async Task Resume_ByAnotherRole_IsNotAllowed()
    {
        var review = await ReviewTask();

        var error = await Refused<ActionNotAllowedException>(r => r.ResumeAsync(review.Id, "approve", null, Actors.CibeberPharmacist));

        Assert.Equal("task 'review-request' is for the role 'ifk-officer'; apt.rina acts as 'pharmacist'", error.Message);
    }

    [Fact]
    public async Task Resume_ByTheRightRoleOfAnotherFacility_IsNotAllowed()
    {
        var started = await _district.StartApprovalAsync();
        var submit = _district.OpenTask(started.Instance.Id);

        var error = await Refused<ActionNotAllowedException>(r => r.ResumeAsync(submit.Id, "submit", null, Actors.CikalongPharmacist));

        Assert.Equal("task 'submit-request' belongs to facility 'PKM-CIBEBER'; apt.dewi acts for 'PKM-CIKALONG'", error.Message);
    }

    [Fact]
    public async Task Resume_WithAnOutcomeTheTaskDoesNotOffer_ListsTheOnesItDoes()
    {
        var review = await ReviewTask();

        var error = await Refused<InvalidOutcomeException>(r => r.ResumeAsync(review.Id, "reject", null, Actors.IfkOfficer));

        Assert.Equal("task 'review-request' has no outcome 'reject' (choose one of: approve, return)", error.Message);
    }

    [Fact]
    public async Task Resume_ATaskAlreadyDone_IsNotFound()
    {
        var review = await ReviewTask();
        await _district.ResumeAsync(review.Id, "approve", Actors.IfkOfficer);

        await Refused<TaskNotFoundException>(r => r.ResumeAsync(review.Id, "approve", null, Actors.IfkOfficer));
    }

    [Fact]
    public async Task Resume_ATimer_IsNotATaskForAPerson()
    {
        var started = await _district.StartAsync("cooling", "c:1", Actors.Cibeber, Actors.CibeberPharmacist);
        var timer = Assert.Single(_district.Timers(started.Instance.Id));

        await Refused<TaskNotFoundException>(r => r.ResumeAsync(timer.Id, "done", null, Actors.CibeberPharmacist));
    }

    [Fact]
    public async Task Resume_ATaskClaimedByAColleague_IsNotAllowedUntilTheClaimRunsOut()
    {
        var review = await ReviewTask();
        var claim = _district.Unit();
        await claim.Runner.ClaimTaskAsync(review.Id, Actors.OtherIfkOfficer, TimeSpan.FromHours(1));
        claim.Commit();

        var error = await Refused<ActionNotAllowedException>(r => r.ResumeAsync(review.Id, "approve", null, Actors.IfkOfficer));
        _district.Clock.Advance(TimeSpan.FromHours(2));
        var approved = await _district.ResumeAsync(review.Id, "approve", Actors.IfkOfficer);

        Assert.StartsWith("task 'review-request' is claimed by ifk.sari until", error.Message);
        Assert.Equal(WorkflowStatus.Completed, approved.Status);
    }

    [Fact]
    public async Task Resume_ATaskTheActorClaimed_IsAllowed()
    {
        var review = await ReviewTask();
        var claim = _district.Unit();
        await claim.Runner.ClaimTaskAsync(review.Id, Actors.IfkOfficer, TimeSpan.FromHours(1));
        claim.Commit();

        var approved = await _district.ResumeAsync(review.Id, "approve", Actors.IfkOfficer);

        Assert.Equal(WorkflowStatus.Completed, approved.Status);
    }

    [Fact]
    public async Task ClaimTask_TwoColleaguesAtOnce_OnlyOneClaimIsCommitted()
    {
        var review = await ReviewTask();
        var budi = _district.Unit();
        var sari = _district.Unit();
        await budi.Runner.ClaimTaskAsync(review.Id, Actors.IfkOfficer, TimeSpan.FromHours(1));
        await sari.Runner.ClaimTaskAsync(review.Id, Actors.OtherIfkOfficer, TimeSpan.FromHours(1));

        budi.Commit();

        Assert.Throws<WorkflowConflictException>(sari.Commit);
        Assert.Equal("ifk.budi", _district.OpenTask(review.InstanceId).ClaimedBy);
    }
}
