namespace Requisition.Rules.Engine.Dsl;

/// <summary>The facts of one group of an aggregate (e.g. every flag of one facility), with its key.</summary>
public sealed class Group<TKey, T>
{
    internal Group(TKey key, IReadOnlyList<T> items)
    {
        Key = key;
        Items = items;
    }

    public TKey Key { get; }

    public IReadOnlyList<T> Items { get; }

    public int Count => Items.Count;

    public decimal Sum(Func<T, decimal> selector)
    {
        decimal sum = 0;
        foreach (var item in Items) sum += selector(item);
        return sum;
    }
}
