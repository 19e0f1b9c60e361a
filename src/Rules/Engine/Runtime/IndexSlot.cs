namespace Requisition.Rules.Engine.Runtime;

/// <summary>The definition of an index on a memory (its key function); each session builds its own.</summary>
internal abstract class IndexSlot<TItem>
{
    public abstract KeyIndex<TItem> Create(int capacity, Predicate<TItem> isGone);
}

internal sealed class IndexSlot<TKey, TItem>(Func<TItem, TKey> key) : IndexSlot<TItem>
{
    public override KeyIndex<TItem> Create(int capacity, Predicate<TItem> isGone) => new KeyIndex<TKey, TItem>(key, isGone, capacity);
}
