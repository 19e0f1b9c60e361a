using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class AgendaTests
{
    [Fact]
    public void Fire_HigherPriority_FiresFirstWhateverTheInsertOrder()
    {
        var log = new List<string>();
        var session = RuleSet.Compile([
            new InlineRule("LOW", r => r.Match<Order>().Then((_, o) => log.Add("LOW " + o.Customer)), priority: 1),
            new InlineRule("HIGH", r => r.Match<Order>().Then((_, o) => log.Add("HIGH " + o.Customer)), priority: 5),
        ]).CreateSession();

        session.InsertAll([new Order("a", 1), new Order("b", 1)]);
        session.Fire();

        Assert.Equal(["HIGH a", "HIGH b", "LOW a", "LOW b"], log);
    }

    [Fact]
    public void Fire_SameMatchUnchanged_FiresOnlyOnce()
    {
        var fired = 0;
        var session = RuleSet.Compile([new InlineRule("R", r => r.Match<Order>().Join<Limit>().All().Then((_, _, _) => fired++))]).CreateSession();
        session.InsertAll([new Order("a", 1), new Limit(1)]);
        session.Fire();

        session.Insert(new Note("unrelated"));
        session.Fire();

        Assert.Equal(1, fired);
    }

    [Fact]
    public void Fire_FactUpdated_FiresItsMatchAgain()
    {
        var amounts = new List<decimal>();
        var session = RuleSet.Compile([new InlineRule("R", r => r.Match<Order>().Then((_, o) => amounts.Add(o.Amount)))]).CreateSession();
        var order = new Order("a", 1);
        session.Insert(order);
        session.Fire();

        order.Amount = 7;
        Assert.True(session.Update(order));
        session.Fire();

        Assert.Equal([1m, 7m], amounts);
    }

    [Fact]
    public void Fire_FactRetractedBeforeFiring_DropsItsActivation()
    {
        var fired = 0;
        var session = RuleSet.Compile([new InlineRule("R", r => r.Match<Order>().Join<Limit>().All().Then((_, _, _) => fired++))]).CreateSession();
        var limit = new Limit(1);
        session.InsertAll([new Order("a", 1), limit]);

        Assert.True(session.Retract(limit));
        session.Fire();

        Assert.Equal(0, fired);
        Assert.False(session.Retract(limit));
    }

    [Fact]
    public void Fire_SameFactsTwice_GivesTheSameOrder()
    {
        static List<string> Run()
        {
            var log = new List<string>();
            var session = RuleSet.Compile([
                new InlineRule("A", r => r.Match<Order>().Join<Customer>().On(o => o.Customer, c => c.Name).Then((_, o, _) => log.Add("A" + o.Amount))),
                new InlineRule("B", r => r.Match<Customer>().Then((_, c) => log.Add("B" + c.Name))),
            ]).CreateSession();
            session.InsertAll([new Customer("x"), new Order("x", 2), new Order("x", 1), new Customer("y")]);
            session.Fire();
            return log;
        }

        Assert.Equal(Run(), Run());
    }
}
