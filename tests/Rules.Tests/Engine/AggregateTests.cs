using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class AggregateTests
{
    [Fact]
    public void Fire_AggregateByKey_SeesEachGroupWithItsCountAndSum()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("TOTAL", r => r
            .Aggregate<Order, string>(o => o.Customer)
            .Then((_, g) => log.Add($"{g.Key}:{g.Count}:{g.Sum(o => o.Amount)}")))]).CreateSession();

        session.InsertAll([new Order("ani", 1), new Order("budi", 5), new Order("ani", 2)]);
        session.Fire();

        Assert.Equal(["ani:2:3", "budi:1:5"], log);
    }

    [Fact]
    public void Fire_GroupFilter_MatchesOnlyGroupsPassingIt()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("MANY", r => r
            .Aggregate<Order, string>(o => o.Customer)
            .Where(g => g.Count > 1)
            .Then((_, g) => log.Add(g.Key)))]).CreateSession();

        session.InsertAll([new Order("ani", 1), new Order("budi", 5), new Order("ani", 2)]);
        session.Fire();

        Assert.Equal(["ani"], log);
    }

    [Fact]
    public void Fire_GroupChangesAfterFiring_FiresAgainWithTheNewGroup()
    {
        var counts = new List<int>();
        var session = RuleSet.Compile([new InlineRule("COUNT", r => r
            .Aggregate<Order, string>(o => o.Customer)
            .Then((_, g) => counts.Add(g.Count)))]).CreateSession();
        session.Insert(new Order("ani", 1));
        session.Fire();

        session.Insert(new Order("ani", 2));
        session.Fire();

        Assert.Equal([1, 2], counts);
    }

    [Fact]
    public void Fire_LastMemberRetracted_GroupNoLongerMatches()
    {
        var counts = new List<int>();
        var session = RuleSet.Compile([new InlineRule("COUNT", r => r
            .Aggregate<Order, string>(o => o.Customer)
            .Then((_, g) => counts.Add(g.Count)))]).CreateSession();
        var order = new Order("ani", 1);
        session.Insert(order);

        session.Retract(order);
        session.Fire();

        Assert.Empty(counts);
    }

    [Fact]
    public void Fire_LowerPriorityAggregateOverChainedFacts_FiresOnceAfterAllAreInserted()
    {
        var counts = new List<int>();
        var session = RuleSet.Compile([
            new InlineRule("NOTE", r => r.Match<Order>().Then((ctx, o) => ctx.Insert(new Note(o.Customer)))),
            new InlineRule("COUNT_NOTES", r => r.Aggregate<Note, string>(n => n.Text).Then((_, g) => counts.Add(g.Count)), priority: -10),
        ]).CreateSession();

        session.InsertAll(Enumerable.Range(0, 25).Select(i => new Order("ani", i)));
        session.Fire();

        Assert.Equal([25], counts);
    }

    [Fact]
    public void Fire_EqualFactsInOneGroup_RetractingOneKeepsTheOther()
    {
        var counts = new List<int>();
        var session = RuleSet.Compile([new InlineRule("COUNT", r => r
            .Aggregate<Note, string>(n => n.Text)
            .Then((_, g) => counts.Add(g.Count)))]).CreateSession();
        var first = new Note("x");
        var second = new Note("x"); // equal as records, yet another fact
        session.InsertAll([first, second]);

        session.Retract(second);
        session.Fire();

        Assert.Equal([1], counts);
        Assert.Same(first, Assert.Single(session.Query<Note>()));
    }
}
