using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class RevisionLoopTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.ApprovalV1);

    [Fact]
    public async Task Resume_ReturnedForRevision_GoesBackToThePharmacistAndCountsTheReturn()
    {
        var started = await _district.StartApprovalAsync();
        var id = started.Instance.Id;
        await _district.ResumeAsync(_district.OpenTask(id).Id, "submit", Actors.CibeberPharmacist);

        await _district.ResumeAsync(_district.OpenTask(id).Id, "return", Actors.IfkOfficer);

        Assert.Equal("submit-request", _district.OpenTask(id).Name);
        Assert.Equal(1, _district.Variables(id)["returns"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Resume_ReturnedTwiceThenApproved_CompletesAfterThreeReviews()
    {
        var started = await _district.StartApprovalAsync();
        var id = started.Instance.Id;

        foreach (var decision in new[] { "return", "return", "approve" })
        {
            await _district.ResumeAsync(_district.OpenTask(id, "submit-request").Id, "submit", Actors.CibeberPharmacist);
            await _district.ResumeAsync(_district.OpenTask(id, "review-request").Id, decision, Actors.IfkOfficer);
        }

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(id).Status);
        Assert.Equal(2, _district.Variables(id)["returns"]!.GetValue<decimal>());
        var reviews = _district.Database.JournalOf(id).Where(e => e.Kind == JournalKinds.HumanAction && e.ActivityId == "review");
        Assert.Equal(["return", "return", "approve"], reviews.Select(e => e.Outcome));
    }
}
