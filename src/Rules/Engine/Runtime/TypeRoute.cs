namespace Requisition.Rules.Engine.Runtime;

/// <summary>For one runtime fact type: the alpha memories that may take its facts, in rule order.</summary>
internal sealed class TypeRoute
{
    /// <summary>A fact records its memberships in a 64-bit mask.</summary>
    public const int MaxPatternsPerType = 64;

    private readonly ulong[] _maskByNode; // by alpha node id: its bit in this route's masks, 0 if not on the route

    public TypeRoute(Type type, AlphaNode[] nodes, int index, int nodeCount)
    {
        Type = type;
        Nodes = nodes;
        Index = index;
        _maskByNode = new ulong[nodeCount];
        for (var i = 0; i < nodes.Length; i++) _maskByNode[nodes[i].Id] = 1UL << i;
    }

    public Type Type { get; }

    public AlphaNode[] Nodes { get; }

    /// <summary>Position of this route in a session's per-type fact lists.</summary>
    public int Index { get; }

    /// <summary>The bit of <paramref name="alpha"/> in the masks of this route's facts; 0 when its facts never reach it.</summary>
    public ulong MaskOf(AlphaNode alpha) => _maskByNode[alpha.Id];
}
