using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class JoinTests
{
    private static (RuleSession Session, List<string> Log) Session(params InlineRule[] rules)
    {
        var session = RuleSet.Compile(rules).CreateSession();
        return (session, []);
    }

    [Fact]
    public void Fire_JoinOnKey_PairsOnlyFactsWithEqualKeys()
    {
        var log = new List<string>();
        var (session, _) = Session(new InlineRule("R", r => r
            .Match<Order>()
            .Join<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o, c) => log.Add($"{c.Name}:{o.Amount}"))));

        session.Insert(new Customer("ani"));
        session.Insert(new Order("ani", 10));
        session.Insert(new Order("budi", 20));
        session.Insert(new Customer("budi"));
        session.Fire();

        Assert.Equal(["ani:10", "budi:20"], log);
    }

    [Fact]
    public void Fire_JoinWithCondition_KeepsOnlyPairsMeetingIt()
    {
        var log = new List<decimal>();
        var (session, _) = Session(new InlineRule("R", r => r
            .Match<Order>()
            .Join<Limit>().All()
            .Where((o, l) => o.Amount > l.Value)
            .Then((_, o, _) => log.Add(o.Amount))));

        session.InsertAll([new Order("a", 5), new Order("b", 50), new Limit(10), new Order("c", 11)]);
        session.Fire();

        Assert.Equal([50m, 11m], log);
    }

    [Fact]
    public void Fire_ThreeWayJoin_ReadsEveryFactOfTheMatch()
    {
        var log = new List<string>();
        var (session, _) = Session(new InlineRule("R", r => r
            .Match<Order>()
            .Join<Customer>().On(o => o.Customer, c => c.Name)
            .Join<Limit>().All()
            .Where((o, c, l) => o.Amount >= l.Value && !c.Blocked)
            .Then((_, o, c, l) => log.Add($"{c.Name}>{l.Value}"))));

        session.InsertAll([new Limit(10), new Customer("ani"), new Customer("budi", Blocked: true), new Order("ani", 10), new Order("budi", 99)]);
        session.Fire();

        Assert.Equal(["ani>10"], log);
    }

    [Fact]
    public void Fire_NullJoinKey_PairsWithNothing()
    {
        var fired = 0;
        var (session, _) = Session(new InlineRule("R", r => r
            .Match<Note>()
            .Join<Customer>().On(n => n.Text == "" ? null : n.Text, c => c.Name)
            .Then((_, _, _) => fired++)));

        session.InsertAll([new Note(""), new Customer("")]);
        session.Fire();

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Where_OnFirstPattern_FiltersSingleFacts()
    {
        var log = new List<decimal>();
        var (session, _) = Session(new InlineRule("R", r => r
            .Match<Order>(o => o.Amount > 1)
            .Where(o => o.Amount < 100)
            .Then((_, o) => log.Add(o.Amount))));

        session.InsertAll([new Order("a", 1), new Order("b", 2), new Order("c", 100)]);
        session.Fire();

        Assert.Equal([2m], log);
    }
}
