using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

/// <summary>A session holds a national month's facts of one type (more than a quarter of a million) like a handful.</summary>
public sealed class ManyFactsTests
{
    private const int Count = 300_000; // past the point where the session's storage stops doubling

    [Fact]
    public void InsertRange_MoreThanAQuarterMillionFacts_MatchesQueriesAndRetractsEach()
    {
        var matched = 0;
        var session = RuleSet.Compile([new InlineRule("EVEN", r => r
            .Match<Order>(o => o.Amount % 2 == 0)
            .Then((_, _) => matched++))]).CreateSession();
        var orders = Enumerable.Range(0, Count).Select(i => new Order("c", i)).ToList();
        session.InsertRange(orders);

        foreach (var i in new[] { 0, 15, 16, 262_127, 262_128, Count - 1 }) Assert.True(session.Retract(orders[i]));
        session.Fire();

        Assert.Equal(Count / 2 - 3, matched); // 0, 16 and 262,128 were even
        Assert.Equal(Count - 6, session.Query<Order>().Count());
        Assert.Equal(orders[262_129], session.Query<Order>().ElementAt(262_129 - 5));
    }

    [Fact]
    public void Fire_JoinOverManyFacts_FindsThePartnerOfEach()
    {
        var pairs = 0;
        var session = RuleSet.Compile([new InlineRule("R", r => r
            .Match<Customer>()
            .Join<Order>().On(c => c.Name, o => o.Customer)
            .Where((c, o) => o.Amount >= 0)
            .Then((_, _, _) => pairs++))]).CreateSession();
        session.InsertRange(Enumerable.Range(0, Count).Select(i => new Order("c" + i, i)).ToList());

        session.InsertAll([new Customer("c0"), new Customer("c262128"), new Customer("c" + (Count - 1))]);
        session.Fire();

        Assert.Equal(3, pairs);
    }
}
