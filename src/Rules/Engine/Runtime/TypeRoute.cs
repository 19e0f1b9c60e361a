namespace Requisition.Rules.Engine.Runtime;

/// <summary>For one runtime fact type: the alpha memories that may take its facts, in rule order.</summary>
internal sealed class TypeRoute(Type type, AlphaNode[] nodes, int index)
{
    /// <summary>A fact records its memberships in a 64-bit mask.</summary>
    public const int MaxPatternsPerType = 64;

    public Type Type { get; } = type;

    public AlphaNode[] Nodes { get; } = nodes;

    /// <summary>Position of this route in a session's per-type fact lists.</summary>
    public int Index { get; } = index;
}
