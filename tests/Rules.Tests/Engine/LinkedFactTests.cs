using Requisition.Rules.Engine.Runtime;

namespace Requisition.Rules.Tests.Engine;

/// <summary>A fact inserted as linked by a rule whose match ends in a join or a negation lives exactly as long as that match.</summary>
public sealed class LinkedFactTests
{
    [Fact]
    public void InsertLinked_JoinPartnerRetracted_LinkedFactIsRetracted()
    {
        var session = RuleSet.Compile([new InlineRule("CUSTOMER_ORDER", r => r
            .Match<Order>()
            .Join<Customer>().On(o => o.Customer, c => c.Name)
            .Then((ctx, o, _) => ctx.InsertLinked(new Big(o))))]).CreateSession();
        var customer = new Customer("ani");
        session.InsertAll([new Order("ani", 1), customer]);
        session.Fire();
        Assert.Single(session.Query<Big>());

        session.Retract(customer);

        Assert.Empty(session.Query<Big>());
    }

    [Fact]
    public void InsertLinked_NegatedPartnerArrives_LinkedFactIsRetracted()
    {
        var session = RuleSet.Compile([new InlineRule("NO_CUSTOMER", r => r
            .Match<Order>()
            .NotExists<Customer>().On(o => o.Customer, c => c.Name)
            .Then((ctx, o) => ctx.InsertLinked(new Note(o.Customer))))]).CreateSession();
        session.Insert(new Order("budi", 1));
        session.Fire();
        Assert.Single(session.Query<Note>());

        session.Insert(new Customer("budi"));

        Assert.Empty(session.Query<Note>());
    }
}
