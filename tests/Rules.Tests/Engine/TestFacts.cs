namespace Requisition.Rules.Tests.Engine;

public sealed class Order(string customer, decimal amount)
{
    public string Customer { get; } = customer;
    public decimal Amount { get; set; } = amount;
}

public sealed record Customer(string Name, bool Blocked = false);

public sealed record Note(string Text);

public sealed record Big(Order Order);

public sealed record Limit(decimal Value);
