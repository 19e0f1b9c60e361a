using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Planning;

/// <summary>
/// Use of 100 a month gives a stock optimum of 100 x (1 + 0.5 + 0.5) = 200; with 100 left the default
/// request is 100, so the 20 % limit sits at 80 and 120.
/// </summary>
public sealed class RequestDeviationTests
{
    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(120)]
    public void Run_RequestWithinTwentyPercentOfTheDefault_RaisesNoFlag(long requested)
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 100, requested: requested));

        Assert.Empty(flags.Of(RequestDeviation.Id));
    }

    [Theory]
    [InlineData(79)]
    [InlineData(121)]
    public void Run_RequestJustOverTwentyPercentFromTheDefault_FlagsIt(long requested)
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 100, requested: requested));

        var flag = Assert.Single(flags.Of(RequestDeviation.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal(100L, flag.EvidenceOf("default_request"));
        Assert.Equal(200L, flag.EvidenceOf("optimum"));
        Assert.Equal(21m, flag.EvidenceOf("deviation_pct"));
        Assert.Equal(20m, flag.ThresholdOf(ThresholdNames.RequestDeviationPct));
    }

    [Fact]
    public void Run_RequestWhereStockAlreadyCoversTheOptimum_AlwaysDeviates()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Line(used: 100, closing: 250, requested: 50));

        var flag = Assert.Single(flags.Of(RequestDeviation.Id));
        Assert.Equal(0L, flag.EvidenceOf("default_request"));
        Assert.Null(flag.EvidenceOf("deviation_pct"));
        Assert.Equal("Requested 50 where stock already covers the optimum 200 (closing 250).", flag.Message);
    }
}
