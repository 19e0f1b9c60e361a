namespace Requisition.Rules.Engine.Runtime;

/// <summary>A node whose output tokens are kept (per session) for later joins, and passed on to its successors.</summary>
internal abstract class MemoryNode(int id)
{
    public int Id { get; } = id;

    public List<IndexSlot> IndexSlots { get; } = [];

    /// <summary>Nodes that take this node's tokens as their left input.</summary>
    public List<BetaNode> Children { get; } = [];

    public List<TerminalNode> Terminals { get; } = [];

    /// <summary><see cref="Children"/> as an array, for the hot path (set by <see cref="Freeze"/>).</summary>
    public BetaNode[] ChildArray { get; private set; } = [];

    public TerminalNode[] TerminalArray { get; private set; } = [];

    /// <summary>Called once the network is built: the successor lists are final.</summary>
    public virtual void Freeze()
    {
        ChildArray = [.. Children];
        TerminalArray = [.. Terminals];
    }

    /// <summary>Registers an index on this memory by <paramref name="key"/>; returns its slot.</summary>
    public int AddIndex<TKey>(Func<Token, TKey> key)
    {
        IndexSlots.Add(new IndexSlot<TKey>(key));
        return IndexSlots.Count - 1;
    }
}
