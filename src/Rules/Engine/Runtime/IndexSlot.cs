namespace Requisition.Rules.Engine.Runtime;

/// <summary>The definition of an index on a memory (its key function); each session builds its own.</summary>
internal abstract class IndexSlot
{
    public abstract KeyIndex Create(int capacity);
}

internal sealed class IndexSlot<TKey>(Func<Token, TKey> key) : IndexSlot
{
    public override KeyIndex Create(int capacity) => new KeyIndex<TKey>(key, capacity);
}
