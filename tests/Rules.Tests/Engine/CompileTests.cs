using Requisition.Rules.Engine.Model;
using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class CompileTests
{
    [Fact]
    public void Compile_RuleWithoutThen_IsRefusedWithItsId()
    {
        var e = Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile([new InlineRule("NO_THEN", r => r.Match<Order>())]));
        Assert.Equal("NO_THEN", e.RuleId);
    }

    [Fact]
    public void Compile_TwoRulesWithOneId_IsRefused()
    {
        var rule = new InlineRule("SAME", r => r.Match<Order>().Then((_, _) => { }));
        Assert.Throws<RuleDefinitionException>(() => RuleSet.Compile([rule, new InlineRule("SAME", r => r.Match<Note>().Then((_, _) => { }))]));
    }

    [Fact]
    public void Compile_ForAStep_KeepsOnlyRulesThatRunThere()
    {
        var rules = new Rule[] { new StepRule("A", "lplpo"), new StepRule("B", "rko"), new StepRule("C") };

        var compiled = RuleSet.Compile(rules, "lplpo");

        Assert.Equal(["A", "C"], compiled.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Sessions_OfOneRuleSet_DoNotShareFacts()
    {
        var set = RuleSet.Compile([new InlineRule("R", r => r.Match<Order>().Then((_, _) => { }))]);
        var first = set.CreateSession();
        var second = set.CreateSession();

        first.Insert(new Order("a", 1));

        Assert.Equal(1, first.Fire());
        Assert.Equal(0, second.Fire());
    }

    private sealed class StepRule(string id, params string[] steps) : Rule
    {
        public override RuleInfo Info { get; } = new(id, id, "", Severity.Info, 0, steps);

        public override void Define(Requisition.Rules.Engine.Dsl.RuleBuilder rule) => rule.Match<Order>().Then((_, _) => { });
    }
}
