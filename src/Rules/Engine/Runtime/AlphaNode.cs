namespace Requisition.Rules.Engine.Runtime;

/// <summary>The facts of one type that pass one pattern's own filter.</summary>
internal abstract class AlphaNode(int id, Type factType, bool fedByTypeRouting) : MemoryNode(id)
{
    public Type FactType { get; } = factType;

    /// <summary>False for the output of an aggregate, which only its aggregate node feeds.</summary>
    public bool FedByTypeRouting { get; } = fedByTypeRouting;

    /// <summary>Nodes that take this memory's facts as their right input.</summary>
    public List<BetaNode> RightSuccessors { get; } = [];

    public List<AggregateNode> Aggregates { get; } = [];

    public BetaNode[] RightArray { get; private set; } = [];

    public AggregateNode[] AggregateArray { get; private set; } = [];

    public override void Freeze()
    {
        base.Freeze();
        RightArray = [.. RightSuccessors];
        AggregateArray = [.. Aggregates];
    }

    public abstract bool Accepts(object fact);
}

internal sealed class AlphaNode<T>(int id, Func<T, bool>? filter, bool fedByTypeRouting)
    : AlphaNode(id, typeof(T), fedByTypeRouting) where T : class
{
    public override bool Accepts(object fact) => filter is null || filter((T)fact);
}
