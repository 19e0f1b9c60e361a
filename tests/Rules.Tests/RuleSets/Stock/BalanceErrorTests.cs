using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets.Stock;

public sealed class BalanceErrorTests
{
    [Fact]
    public void Run_ClosingStockThatDoesNotAddUp_FlagsItWithTheExpectedFigure()
    {
        var line = Given.Line() with { Opening = 120, Received = 200, Used = 150, Lost = 5, Closing = 170 };

        var flags = Evaluate.At(Steps.Lplpo, line);

        var flag = Assert.Single(flags.Of(BalanceError.Id));
        Assert.Equal(Severity.Error, flag.Severity);
        Assert.Equal(Given.March, flag.Period);
        Assert.Equal(170L, flag.EvidenceOf("closing_reported"));
        Assert.Equal(165L, flag.EvidenceOf("closing_expected"));
        Assert.Equal("Closing stock 170 should be 165 (120 + 200 - 150 - 5).", flag.Message);
    }

    [Fact]
    public void Run_ClosingStockThatAddsUp_RaisesNoFlag()
    {
        var line = Given.Line() with { Opening = 120, Received = 200, Used = 150, Lost = 5, Closing = 165 };

        var flags = Evaluate.At(Steps.Lplpo, line);

        Assert.Empty(flags.Of(BalanceError.Id));
    }
}
