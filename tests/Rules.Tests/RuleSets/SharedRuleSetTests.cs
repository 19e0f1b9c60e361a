using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Tests.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>
/// A step's compiled rule set is shared by every evaluation of that step (RuleCatalog compiles it once per
/// process), so one evaluation must not disturb the next.
/// </summary>
public sealed class SharedRuleSetTests
{
    [Fact]
    public void Query_SessionHoldingNoneOfTheFactTypesAnEarlierSessionSaw_StillReturnsItsFlags()
    {
        // A freshly compiled set, so the fact types are met in a known order: Budget first, in another session.
        var ruleSet = RuleSet.Compile(RuleCatalog.All, Steps.Lplpo);
        ruleSet.CreateSession().Insert(Given.Budget(1_000_000m));
        var session = ruleSet.CreateSession();
        session.Insert(DefaultThresholds.Set);
        session.Insert(new EvaluationDate(Given.AsOf));
        session.Insert(Given.Line() with { Closing = 1 });
        session.Fire();

        var flags = session.Query<Flag>().ToList();

        Assert.Single(flags.Of(BalanceError.Id));
    }
}
