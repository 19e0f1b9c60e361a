using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

public sealed class EventTests
{
    [Fact]
    public void Fire_RaisesRuleFiredWithTheMatchedFacts_AndFactEventsNameTheRule()
    {
        var session = RuleSet.Compile([new InlineRule("BIG", r => r
            .Match<Order>(o => o.Amount > 100)
            .Join<Customer>().On(o => o.Customer, c => c.Name)
            .Then((ctx, o, _) => ctx.Insert(new Big(o))))]).CreateSession();
        var fired = new List<RuleFiredEventArgs>();
        var inserted = new List<FactEventArgs>();
        var retracted = new List<FactEventArgs>();
        session.RuleFired += (_, e) => fired.Add(e);
        session.FactInserted += (_, e) => inserted.Add(e);
        session.FactRetracted += (_, e) => retracted.Add(e);
        var order = new Order("ani", 500);
        var customer = new Customer("ani");

        session.InsertAll([order, customer]);
        session.Fire();
        session.Retract(customer);

        var e = Assert.Single(fired);
        Assert.Equal("BIG", e.Rule.Id);
        Assert.Equal([order, customer], e.Facts);
        Assert.Equal([null, null, "BIG"], inserted.Select(i => i.RuleId));
        Assert.Same(customer, Assert.Single(retracted).Fact);
    }
}
