namespace Requisition.Rules.Engine.Runtime;

/// <summary>The facts of one type that pass one pattern's own filter (one node may serve several rules' patterns: see <see cref="AlphaNetwork"/>).</summary>
internal abstract class AlphaNode(int id, Type factType, bool fedByTypeRouting, Func<object, bool>? filter)
    : MemoryNode(id, fedByTypeRouting)
{
    public Type FactType { get; } = factType;

    /// <summary>The pattern's own condition on a fact; null when every fact of the type passes.</summary>
    public Func<object, bool>? Filter { get; } = filter;

    /// <summary>What the node's patterns do with its facts; one role per node.</summary>
    public AlphaRole Role { get; set; }

    /// <summary>Nodes that take this memory's facts as their right input.</summary>
    public List<BetaNode> RightSuccessors { get; } = [];

    public List<AggregateNode> Aggregates { get; } = [];

    public BetaNode[] RightArray { get; private set; } = [];

    public AggregateNode[] AggregateArray { get; private set; } = [];

    /// <summary>Indexes on the facts this memory keeps for joins that take it as their right input.</summary>
    public List<IndexSlot<FactRef>> FactIndexSlots { get; } = [];

    public override void Freeze()
    {
        base.Freeze();
        RightArray = [.. RightSuccessors];
        AggregateArray = [.. Aggregates];
    }

    public bool Accepts(object fact) => Filter is null || Filter(fact);

    /// <summary>Registers an index on this memory's facts by <paramref name="key"/>; returns its slot.</summary>
    public int AddFactIndex<TKey>(Func<FactRef, TKey> key)
    {
        FactIndexSlots.Add(new IndexSlot<TKey, FactRef>(key));
        return FactIndexSlots.Count - 1;
    }
}

internal sealed class AlphaNode<T>(int id, Func<T, bool>? filter, bool fedByTypeRouting)
    : AlphaNode(id, typeof(T), fedByTypeRouting, filter is null ? null : Untyped.Of(filter)) where T : class;
