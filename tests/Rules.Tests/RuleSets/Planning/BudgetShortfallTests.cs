using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Planning;

namespace Requisition.Rules.Tests.RuleSets.Planning;

/// <summary>The plan costs 100 x Rp 1,000 (paracetamol) + 40 x Rp 2,500 (amoxicillin) = Rp 200,000.</summary>
public sealed class BudgetShortfallTests
{
    private static readonly object[] Plan =
    [
        Given.Item(price: 1000m),
        Given.Item(Given.Amoxicillin, price: 2500m, name: "Amoksisilin 500 mg"),
        Given.Rko(100),
        Given.Rko(40, Given.Amoxicillin),
    ];

    [Fact]
    public void Run_PlanCostEqualToTheBudget_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Rko, [.. Plan, Given.Budget(200_000m)]);

        Assert.Empty(flags.Of(BudgetShortfall.Id));
    }

    [Fact]
    public void Run_PlanCostOverTheBudget_FlagsTheShortfall()
    {
        var flags = Evaluate.At(Steps.Rko, [.. Plan, Given.Budget(199_999m)]);

        var flag = Assert.Single(flags.Of(BudgetShortfall.Id));
        Assert.Equal(Severity.Warning, flag.Severity);
        Assert.Equal("2027", flag.Subject);
        Assert.Equal(200_000m, flag.EvidenceOf("plan_cost"));
        Assert.Equal(1m, flag.EvidenceOf("shortfall"));
        Assert.Equal(2, flag.EvidenceOf("lines"));
    }
}
