using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

/// <summary>Patterns of several rules over every fact of a type are matched once for all of them, without changing what or in which order the rules fire.</summary>
public sealed class SharedPatternTests
{
    [Fact]
    public void Fire_RulesMatchingEveryFactOfAType_FireInTheOrderTheyWereDeclared()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([
            new InlineRule("ALL_1", r => r.Match<Order>().Then((_, o) => log.Add("ALL_1 " + o.Customer))),
            new InlineRule("SOME", r => r.Match<Order>(o => o.Amount > 0).Then((_, o) => log.Add("SOME " + o.Customer))),
            new InlineRule("ALL_2", r => r.Match<Order>().Then((_, o) => log.Add("ALL_2 " + o.Customer))),
        ]).CreateSession();

        session.InsertAll([new Order("a", 1), new Order("b", 2)]);
        session.Fire();

        Assert.Equal(["ALL_1 a", "SOME a", "ALL_2 a", "ALL_1 b", "SOME b", "ALL_2 b"], log);
    }

    [Fact]
    public void Fire_RulesJoiningTheSameSingleton_EachPairsEveryFactWithIt()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([
            new InlineRule("ORDER_LIMIT", r => r.Match<Order>().Join<Limit>().All().Then((_, o, l) => log.Add($"order {o.Customer} {l.Value}"))),
            new InlineRule("NOTE_LIMIT", r => r.Match<Note>().Join<Limit>().All().Then((_, n, l) => log.Add($"note {n.Text} {l.Value}"))),
        ]).CreateSession();
        var limit = new Limit(5);

        session.InsertAll([new Order("a", 1), limit, new Note("x")]);
        session.Fire();
        session.Retract(limit);
        session.Insert(new Limit(7));
        session.Fire();

        Assert.Equal(["order a 5", "note x 5", "order a 7", "note x 7"], log);
    }

    [Fact]
    public void Fire_SelfJoinWithinOneRule_PairsEachCoupleOnce()
    {
        var pairs = new List<string>();
        var session = RuleSet.Compile([new InlineRule("PAIRS", r => r
            .Match<Order>()
            .Join<Order>().All()
            .Then((_, a, b) => pairs.Add(a.Customer + b.Customer)))]).CreateSession();

        session.InsertAll([new Order("a", 1), new Order("b", 2)]);
        session.Fire();

        Assert.Equal(["aa", "ab", "ba", "bb"], pairs.Order());
    }

    [Fact]
    public void Fire_OneRuleJoiningTheSameTypeTwice_MakesOneMatchPerCombination()
    {
        var matches = 0;
        var session = RuleSet.Compile([new InlineRule("TWICE", r => r
            .Match<Note>()
            .Join<Limit>().All()
            .Join<Limit>().All()
            .Then((_, _, _, _) => matches++))]).CreateSession();

        session.InsertAll([new Note("x"), new Limit(1)]);
        session.Insert(new Limit(2));
        session.Fire();

        Assert.Equal(4, matches);
    }
}
