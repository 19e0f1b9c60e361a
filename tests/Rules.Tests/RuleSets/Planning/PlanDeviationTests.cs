using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Planning;

namespace Requisition.Rules.Tests.RuleSets.Planning;

/// <summary>At the LPLPO step the RKO's planned monthly use (annual use B / 12; the builder sets B = A) is set against the period's use of 100.</summary>
public sealed class PlanDeviationTests
{
    [Theory]
    [InlineData(1200)] // 100 %
    [InlineData(1320)] // 110 %
    [InlineData(1440)] // 120 %
    public void Run_PlanInsideTheAcceptableBand_RaisesNoFlag(long plannedNeed)
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(plannedNeed), Given.Line(used: 100));

        Assert.Empty(flags.Of(PlanDeviation.Id));
    }

    [Theory]
    [InlineData(1020, null, null)]          // 85 %: under-planned by 15 %, a good deviation: no flag
    [InlineData(900, "tolerable", "Info")]  // 75 %
    [InlineData(780, "poor", "Warning")]    // 65 %
    public void Run_UnderPlanned_FlagsOnlyOnceTheDeviationIsNoLongerGood(long plannedNeed, string? band, string? severity)
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(plannedNeed), Given.Line(used: 100));

        var flag = flags.Of(PlanDeviation.Id).SingleOrDefault();
        Assert.Equal(band, flag?.EvidenceOf("band"));
        Assert.Equal(severity, flag?.Severity.ToString());
    }

    [Fact]
    public void Run_PlanAt125PercentOfUse_IsATolerableDeviationForInformation()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(1500), Given.Line(used: 100));

        var flag = Assert.Single(flags.Of(PlanDeviation.Id));
        Assert.Equal(Severity.Info, flag.Severity);
        Assert.Equal("tolerable", flag.EvidenceOf("band"));
        Assert.Equal(125m, flag.EvidenceOf("accuracy_pct"));
        Assert.Equal(25m, flag.EvidenceOf("deviation_pct"));
        Assert.Equal(Given.March, flag.Period);
    }

    [Fact]
    public void Run_PlanAt140PercentOfUse_IsAPoorDeviationAndAWarning()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(1680), Given.Line(used: 100));

        var flag = Assert.Single(flags.Of(PlanDeviation.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal("poor", flag.EvidenceOf("band"));
        Assert.Equal(140m, flag.EvidenceOf("accuracy_pct"));
    }

    [Fact]
    public void Run_PlannedButNothingUsed_IsAPoorDeviation()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Rko(1200), Given.Line(used: 0, closing: 100));

        var flag = Assert.Single(flags.Of(PlanDeviation.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal("poor", flag.EvidenceOf("band"));
        Assert.Null(flag.EvidenceOf("accuracy_pct"));
        Assert.StartsWith("Planned 100 but nothing was used", flag.Message);
    }

    [Fact]
    public void Run_RkoStepWithTwelveMonthsOfHistory_ComparesTheYearsPlanWithTheYearsUse()
    {
        var history = Given.HistoryBefore(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);

        var flags = Evaluate.At(Steps.Rko, [.. history, Given.Rko(1680)]);

        var flag = Assert.Single(flags.Of(PlanDeviation.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(1200m, flag.EvidenceOf("used"));
        Assert.Null(flag.Period);
    }

    [Fact]
    public void Run_RkoStepWithAPlanMatchingTheYearsUse_RaisesNoFlag()
    {
        var history = Given.HistoryBefore(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100);

        var flags = Evaluate.At(Steps.Rko, [.. history, Given.Rko(1300)]);

        Assert.Empty(flags.Of(PlanDeviation.Id));
    }
}
