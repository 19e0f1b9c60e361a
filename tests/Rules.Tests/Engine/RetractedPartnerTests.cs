using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

/// <summary>A fact retracted or updated away from a pattern is no partner for matches that arrive later.</summary>
public sealed class RetractedPartnerTests
{
    [Fact]
    public void Fire_PartnerRetractedBeforeTheMatchArrives_DoesNotPair()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("R", r => r
            .Match<Order>()
            .Join<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o, c) => log.Add(c.Name)))]).CreateSession();
        var ani = new Customer("ani");
        session.InsertAll([ani, new Customer("budi"), new Order("budi", 1)]);
        session.Retract(ani);

        session.Insert(new Order("ani", 2));
        session.Fire();

        Assert.Equal(["budi"], log);
    }

    [Fact]
    public void Fire_PartnerUpdatedOutOfThePattern_NoLongerPairs()
    {
        var log = new List<decimal>();
        var session = RuleSet.Compile([new InlineRule("R", r => r
            .Match<Limit>()
            .Join<Order>(o => o.Amount > 10).All()
            .Then((_, _, o) => log.Add(o.Amount)))]).CreateSession();
        var order = new Order("a", 20);
        session.InsertAll([order, new Order("b", 30), new Limit(1)]);
        session.Fire();

        order.Amount = 5;
        session.Update(order);
        session.Insert(new Limit(2));
        session.Fire();

        Assert.Equal([20m, 30m, 30m], log);
    }

    [Fact]
    public void Fire_NotExistsPartnerRetractedBeforeTheMatchArrives_Matches()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("NO_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o) => log.Add(o.Customer)))]).CreateSession();
        var ani = new Customer("ani");
        session.InsertAll([ani, new Customer("budi")]);
        session.Retract(ani);

        session.InsertAll([new Order("ani", 1), new Order("budi", 2)]);
        session.Fire();

        Assert.Equal(["ani"], log);
    }
}
