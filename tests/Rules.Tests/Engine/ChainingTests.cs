using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class ChainingTests
{
    [Fact]
    public void Fire_OneMatchingFact_FiresFirstRuleAndChainsSecond()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([
            new InlineRule("BIG", r => r.Match<Order>(o => o.Amount > 100).Then((ctx, o) => { log.Add("BIG"); ctx.Insert(new Big(o)); })),
            new InlineRule("NOTE_BIG", r => r.Match<Big>().Then((ctx, b) => { log.Add("NOTE_BIG"); ctx.Insert(new Note(b.Order.Customer)); })),
        ]).CreateSession();

        session.Insert(new Order("ani", 500));
        var fired = session.Fire();

        Assert.Equal(2, fired);
        Assert.Equal(["BIG", "NOTE_BIG"], log);
        Assert.Equal("ani", Assert.Single(session.Query<Note>()).Text);
    }

    [Fact]
    public void Fire_ReachesFixpoint_AndFiringAgainDoesNothing()
    {
        var session = RuleSet.Compile([
            new InlineRule("BIG", r => r.Match<Order>(o => o.Amount > 100).Then((ctx, o) => ctx.Insert(new Big(o)))),
        ]).CreateSession();
        session.Insert(new Order("ani", 500));

        var first = session.Fire();
        var second = session.Fire();

        Assert.Equal(1, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public void Fire_MaxRules_StopsAndResumesWhereItLeftOff()
    {
        var session = RuleSet.Compile([new InlineRule("ANY", r => r.Match<Order>().Then((_, _) => { }))]).CreateSession();
        session.InsertAll([new Order("a", 1), new Order("b", 2), new Order("c", 3)]);

        Assert.Equal(2, session.Fire(maxRules: 2));
        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void InsertLinked_MatchStopsHolding_LinkedFactIsRetracted()
    {
        var session = RuleSet.Compile([
            new InlineRule("BIG", r => r.Match<Order>(o => o.Amount > 100).Then((ctx, o) => ctx.InsertLinked(new Big(o)))),
        ]).CreateSession();
        var order = new Order("ani", 500);
        session.Insert(order);
        session.Fire();
        Assert.Single(session.Query<Big>());

        order.Amount = 50;
        session.Update(order);
        session.Fire();

        Assert.Empty(session.Query<Big>());
    }

    [Fact]
    public void Insert_SameObjectTwiceAfterRetract_IsRefusedOnlyWhileHeld()
    {
        var session = RuleSet.Compile([new InlineRule("ANY", r => r.Match<Order>().Then((_, _) => { }))]).CreateSession();
        var order = new Order("a", 1);
        session.Insert(order);
        session.Retract(order);
        session.Insert(order);

        Assert.Throws<InvalidOperationException>(() => session.Insert(order));
    }

    [Fact]
    public void InsertRange_ManyFacts_MatchesAsInsertingEach()
    {
        var set = RuleSet.Compile([new InlineRule("BIG", r => r.Match<Order>(o => o.Amount > 100).Then((ctx, o) => ctx.Insert(new Big(o))))]);
        var orders = Enumerable.Range(0, 1000).Select(i => new Order("c" + i, i)).ToList();
        var one = set.CreateSession();
        var many = set.CreateSession();

        foreach (var order in orders) one.Insert(order);
        many.InsertRange(orders);
        one.Fire();
        many.Fire();

        Assert.Equal(one.Query<Big>().Select(b => b.Order), many.Query<Big>().Select(b => b.Order));
        Assert.Equal(899, many.Query<Big>().Count());
    }
}
