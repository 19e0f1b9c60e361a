using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Planning;

/// <summary>The March 2026 LPLPO is due on 10 April 2026 (due day 10 of the following month).</summary>
public sealed class LateLplpoTests
{
    private static readonly DateOnly DueDate = new(2026, 4, 10);

    [Fact]
    public void Run_SubmittedOnTheDueDay_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, DueDate.AddDays(5), Given.Document(submittedOn: DueDate));

        Assert.Empty(flags.Of(LateLplpo.Id));
    }

    [Fact]
    public void Run_SubmittedTheDayAfterTheDueDay_FlagsItOneDayLate()
    {
        var flags = Evaluate.At(Steps.Lplpo, DueDate.AddDays(5), Given.Document(submittedOn: DueDate.AddDays(1)));

        var flag = Assert.Single(flags.Of(LateLplpo.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Null(flag.DrugCode);
        Assert.Equal(Given.March, flag.Period);
        Assert.Equal("2026-04-10", flag.EvidenceOf("due"));
        Assert.Equal("2026-04-11", flag.EvidenceOf("submitted"));
        Assert.Equal(1, flag.EvidenceOf("days_late"));
        Assert.Equal(10m, flag.ThresholdOf(ThresholdNames.LplpoDueDay));
    }

    [Fact]
    public void Run_DraftStillUnsubmittedAfterTheDueDay_CountsTheDelayToTheAsOfDate()
    {
        var flags = Evaluate.At(Steps.Lplpo, DueDate.AddDays(2), Given.Document(submittedOn: null));

        var flag = Assert.Single(flags.Of(LateLplpo.Id));
        Assert.Equal("2026-04-12", flag.EvidenceOf("as_of"));
        Assert.Equal(2, flag.EvidenceOf("days_late"));
        Assert.Equal("LPLPO 2026-03 was due 2026-04-10 and is not submitted yet (2 days late).", flag.Message);
    }

    [Fact]
    public void Run_DraftOnTheDueDay_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, DueDate, Given.Document(submittedOn: null));

        Assert.Empty(flags.Of(LateLplpo.Id));
    }
}
