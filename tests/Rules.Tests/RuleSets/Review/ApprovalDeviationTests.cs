using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Review;

namespace Requisition.Rules.Tests.RuleSets.Review;

public sealed class ApprovalDeviationTests
{
    private static readonly LplpoLine Requested100 = Given.Line(used: 100, closing: 100, requested: 100);

    [Fact]
    public void Run_LessGivenWithAReason_IsFlaggedForInformation()
    {
        var flags = Evaluate.At(Steps.IfkReview, Requested100 with { Given = 80, Note = "stok IFK tidak cukup" });

        var flag = Assert.Single(flags.Of(ApprovalDeviation.Id));
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.Equal(20m, flag.EvidenceOf("deviation_pct"));
        Assert.Equal("Given 80 of 100 requested: stok IFK tidak cukup", flag.Message);
    }

    [Fact]
    public void Run_LessGivenWithoutAReason_IsAnError()
    {
        var flags = Evaluate.At(Steps.IfkReview, Requested100 with { Given = 80 });

        var flag = Assert.Single(flags.Of(ApprovalDeviation.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Contains("with no reason", flag.Message);
    }

    [Fact]
    public void Run_BlankReason_CountsAsNoReason()
    {
        var flags = Evaluate.At(Steps.IfkReview, Requested100 with { Given = 120, Note = "   " });

        Assert.Equal(Severity.Error, Assert.Single(flags.Of(ApprovalDeviation.Id)).Severity);
    }

    [Fact]
    public void Run_GivenAsRequested_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.IfkReview, Requested100 with { Given = 100 });

        Assert.Empty(flags.Of(ApprovalDeviation.Id));
    }

    [Fact]
    public void Run_LineNotYetReviewed_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.IfkReview, Requested100);

        Assert.Empty(flags.Of(ApprovalDeviation.Id));
    }
}
