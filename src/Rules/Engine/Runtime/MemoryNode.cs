namespace Requisition.Rules.Engine.Runtime;

/// <summary>A node whose output tokens are kept (per session) for later joins, and passed on to its successors.</summary>
internal abstract class MemoryNode(int id, bool fedByTypeRouting = false)
{
    public int Id { get; } = id;

    /// <summary>True for a pattern's node over inserted facts; false for chains and an aggregate's groups, which only nodes feed.</summary>
    public bool FedByTypeRouting { get; } = fedByTypeRouting;

    public List<IndexSlot<Token>> IndexSlots { get; } = [];

    /// <summary>Nodes that take this node's tokens as their left input.</summary>
    public List<BetaNode> Children { get; } = [];

    public List<TerminalNode> Terminals { get; } = [];

    /// <summary><see cref="Children"/> as an array, for the hot path (set by <see cref="Freeze"/>).</summary>
    public BetaNode[] ChildArray { get; private set; } = [];

    public TerminalNode[] TerminalArray { get; private set; } = [];

    /// <summary>
    /// True when a child looks back into this node's tokens (a join or negation, when a fact arrives on its
    /// right). Only then are the tokens kept: a chain's last node or a filter's input passes them on and
    /// forgets them.
    /// </summary>
    public bool KeepsTokens { get; private set; }

    /// <summary>The rule's terminal when it is this node's only successor: then a new match can be the activation itself.</summary>
    public TerminalNode? SoleTerminal { get; private set; }

    /// <summary>Called once the network is built: the successor lists are final.</summary>
    public virtual void Freeze()
    {
        ChildArray = [.. Children];
        TerminalArray = [.. Terminals];
        KeepsTokens = Children.Exists(child => child.Right is not null);
        SoleTerminal = Children.Count == 0 && Terminals.Count == 1 ? Terminals[0] : null;
    }

    /// <summary>Registers an index on this memory's tokens by <paramref name="key"/>; returns its slot.</summary>
    public int AddIndex<TKey>(Func<Token, TKey> key)
    {
        IndexSlots.Add(new IndexSlot<TKey, Token>(key));
        return IndexSlots.Count - 1;
    }

    public static bool IsGone(Token token) => token.Deleted;
}
