using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Review;
using Requisition.Rules.RuleSets.Stock;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>Each step's rule set holds the rules of that step (DOMAIN.md, "Rules to flag, and at which step").</summary>
public sealed class StepSelectionTests
{
    [Theory]
    [InlineData("NOT_ON_FORNAS", Steps.Formulary)]
    [InlineData("NOT_ON_FORNAS", Steps.Rko)]
    [InlineData("NOT_ON_FORNAS", Steps.Lplpo)]
    [InlineData("NOT_ON_DOEN", Steps.Formulary)]
    [InlineData("NOT_ON_DOEN", Steps.Rko)]
    [InlineData("NON_GENERIC", Steps.Formulary)]
    [InlineData("NON_GENERIC", Steps.Lplpo)]
    [InlineData("DUPLICATE_ITEM", Steps.Formulary)]
    [InlineData("EXCESS_STOCK", Steps.Lplpo)]
    [InlineData("EXCESS_STOCK", Steps.IfkReview)]
    [InlineData("SHORT_STOCK", Steps.Lplpo)]
    [InlineData("SHORT_STOCK", Steps.IfkReview)]
    [InlineData("STOCK_OUT", Steps.Lplpo)]
    [InlineData("STOCK_OUT", Steps.IfkReview)]
    [InlineData("NEAR_EXPIRY", Steps.Lplpo)]
    [InlineData("NEAR_EXPIRY", Steps.IfkReview)]
    [InlineData("NEAR_EXPIRY", Steps.Distribution)]
    [InlineData("EXPIRED", Steps.Lplpo)]
    [InlineData("EXPIRED", Steps.IfkReview)]
    [InlineData("EXPIRED", Steps.Distribution)]
    [InlineData("DEAD_STOCK", Steps.Lplpo)]
    [InlineData("PLAN_DEVIATION", Steps.Rko)]
    [InlineData("PLAN_DEVIATION", Steps.Lplpo)]
    [InlineData("REQUEST_DEVIATION", Steps.Lplpo)]
    [InlineData("BALANCE_ERROR", Steps.Lplpo)]
    [InlineData("APPROVAL_DEVIATION", Steps.IfkReview)]
    [InlineData("NOT_FEFO", Steps.Distribution)]
    [InlineData("RECEIPT_MISMATCH", Steps.Distribution)]
    [InlineData("LATE_LPLPO", Steps.Lplpo)]
    [InlineData("BUDGET_SHORTFALL", Steps.Rko)]
    public void ForStep_StepOfTheDomainTable_HoldsTheRule(string rule, string step)
    {
        var rules = RuleCatalog.ForStep(step).Rules;

        Assert.Contains(rules, r => r.Id == rule);
    }

    [Fact]
    public void Run_UnbalancedLineAtIfkReview_RaisesNoBalanceError()
    {
        var line = Given.Line() with { Closing = 1 };

        var atLplpo = Evaluate.At(Steps.Lplpo, line);
        var atReview = Evaluate.At(Steps.IfkReview, line);

        Assert.Single(atLplpo.Of(BalanceError.Id));
        Assert.Empty(atReview.Of(BalanceError.Id));
    }

    [Theory]
    [InlineData(Steps.Formulary, 0)]
    [InlineData(Steps.Rko, 0)]
    [InlineData(Steps.Lplpo, 0)]
    [InlineData(Steps.IfkReview, 1)]
    [InlineData(Steps.Distribution, 0)]
    public void Run_AdjustedQuantity_IsAnApprovalDeviationOnlyAtIfkReview(string step, int expected)
    {
        var line = Given.Line(requested: 100) with { Given = 60 };

        var flags = Evaluate.At(step, line);

        Assert.Equal(expected, flags.Of(ApprovalDeviation.Id).Count);
    }

    [Fact]
    public void Run_FlagsOfAStep_SayWhichStepRaisedThem()
    {
        var flags = Evaluate.At(Steps.IfkReview, Given.Line(used: 100, closing: 0));

        Assert.All(flags, f => Assert.Equal(Steps.IfkReview, f.Step));
    }

    [Fact]
    public void ForStep_UnknownStep_IsRefusedNamingTheKnownSteps()
    {
        var error = Assert.Throws<ArgumentException>(() => RuleCatalog.ForStep("stock-opname"));

        Assert.Contains("'stock-opname'", error.Message);
        Assert.Contains(Steps.IfkReview, error.Message);
    }
}
