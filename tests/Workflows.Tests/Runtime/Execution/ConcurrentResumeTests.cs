using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;
using Requisition.Workflows.Tests.Runtime.Support;

namespace Requisition.Workflows.Tests.Runtime.Execution;

public sealed class ConcurrentResumeTests
{
    private readonly RuntimeHarness _district = new(TestDefinitions.ApprovalV1);

    [Fact]
    public async Task Commit_TwoOfficersActOnOneReviewAtOnce_ExactlyOneWinsAndNothingOfTheOtherIsSaved()
    {
        var started = await _district.StartApprovalAsync();
        var id = started.Instance.Id;
        await _district.ResumeAsync(_district.OpenTask(id).Id, "submit", Actors.CibeberPharmacist);
        var review = _district.OpenTask(id);
        var budi = _district.Unit();
        var sari = _district.Unit();
        await budi.Runner.ResumeAsync(review.Id, "approve", null, Actors.IfkOfficer);
        await sari.Runner.ResumeAsync(review.Id, "return", null, Actors.OtherIfkOfficer);

        budi.Commit();
        var revisionAfterWinner = _district.Database.Instance(id).Revision;
        var journalAfterWinner = _district.Database.JournalOf(id).Count;
        Assert.Throws<WorkflowConflictException>(sari.Commit);

        Assert.Equal(WorkflowStatus.Completed, _district.Database.Instance(id).Status);
        Assert.Equal(revisionAfterWinner, _district.Database.Instance(id).Revision);
        Assert.Equal(journalAfterWinner, _district.Database.JournalOf(id).Count);
        Assert.DoesNotContain(_district.Database.JournalOf(id), e => e.UserId == "ifk.sari");
        Assert.Empty(_district.Database.BookmarksOf(id));
        Assert.False(_district.Variables(id).ContainsKey("returns"));
    }
}
