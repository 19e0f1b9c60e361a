using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class NegationTests
{
    [Fact]
    public void Fire_NotExists_MatchesOnlyWhileNoPartnerExists()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("NO_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o) => log.Add(o.Customer)))]).CreateSession();

        session.InsertAll([new Customer("ani"), new Order("ani", 1), new Order("budi", 2)]);
        session.Fire();

        Assert.Equal(["budi"], log);
    }

    [Fact]
    public void Fire_PartnerArrivesBeforeFiring_CancelsTheNegatedMatch()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("NO_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o) => log.Add(o.Customer)))]).CreateSession();

        session.Insert(new Order("budi", 2));
        session.Insert(new Customer("budi"));
        session.Fire();

        Assert.Empty(log);
    }

    [Fact]
    public void Fire_PartnerRetracted_MatchesAgain()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("NO_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name)
            .Then((_, o) => log.Add(o.Customer)))]).CreateSession();
        var budi = new Customer("budi");
        session.InsertAll([budi, new Order("budi", 2)]);
        session.Fire();

        session.Retract(budi);
        session.Fire();

        Assert.Equal(["budi"], log);
    }

    [Fact]
    public void Fire_NotExistsWithCondition_IgnoresPartnersFailingIt()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([new InlineRule("NO_ACTIVE_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name, (o, c) => !c.Blocked)
            .Then((_, o) => log.Add(o.Customer)))]).CreateSession();

        session.InsertAll([new Customer("ani", Blocked: true), new Order("ani", 1), new Customer("cici"), new Order("cici", 1)]);
        session.Fire();

        Assert.Equal(["ani"], log);
    }

    [Fact]
    public void Fire_Exists_MatchesOnceHoweverManyPartners()
    {
        var fired = 0;
        var session = RuleSet.Compile([new InlineRule("HAS_ORDERS", r => r
            .Match<Customer>()
            .Exists<Order>().On(c => c.Name, o => o.Customer)
            .Then((_, _) => fired++))]).CreateSession();

        session.InsertAll([new Customer("ani"), new Order("ani", 1), new Order("ani", 2), new Customer("budi")]);
        session.Fire();

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Fire_ExistsPartnerRetractedBeforeFiring_CancelsTheMatch()
    {
        var fired = 0;
        var session = RuleSet.Compile([new InlineRule("HAS_ORDERS", r => r
            .Match<Customer>()
            .Exists<Order>().On(c => c.Name, o => o.Customer)
            .Then((_, _) => fired++))]).CreateSession();
        var order = new Order("ani", 1);
        session.InsertAll([new Customer("ani"), order]);

        session.Retract(order);
        session.Fire();

        Assert.Equal(0, fired);
    }
}
