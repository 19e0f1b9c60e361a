namespace Requisition.Rules.Engine.Runtime;

/// <summary>What a pattern does with the facts of its alpha node.</summary>
internal enum AlphaRole
{
    /// <summary>The first pattern of a rule: its facts start partial matches.</summary>
    Source,

    /// <summary>A joined pattern: its facts are paired with partial matches.</summary>
    RightInput,

    /// <summary>The facts an aggregate groups.</summary>
    Aggregated,
}

/// <summary>
/// The alpha nodes of a rule set being compiled, in the order a fact visits them. Patterns of different
/// rules that take every fact of one type in the same role share a node, so such a fact is routed and
/// stored once for all of them (every rule that reads the thresholds, two rules over every LPLPO line).
/// A node is shared only while it is the newest node that facts of the type can reach, so rules still
/// see each fact in the order they were declared; and never within one rule, whose own chain may look
/// into the node while a fact passes through it.
/// </summary>
internal sealed class AlphaNetwork
{
    private readonly List<(AlphaNode Node, AlphaRole Role, int LastRule)> _nodes = [];

    public List<AlphaNode> Nodes => _nodes.ConvertAll(entry => entry.Node);

    /// <summary>The node for a pattern of <paramref name="rule"/> (its position in the rule set): a shared one, or one made by <paramref name="create"/>.</summary>
    public AlphaNode Obtain(Type factType, bool takesEveryFact, AlphaRole role, int rule, Func<AlphaNode> create)
    {
        for (var i = _nodes.Count - 1; takesEveryFact && i >= 0; i--)
        {
            var (node, nodeRole, lastRule) = _nodes[i];
            if (!MayShareFacts(node.FactType, factType)) continue;
            if (node.FactType != factType || node.Filter is not null || nodeRole != role || lastRule == rule) break;
            _nodes[i] = (node, role, rule);
            return node;
        }
        var created = create();
        created.Role = role;
        _nodes.Add((created, role, rule));
        return created;
    }

    /// <summary>False only for two classes neither of which derives from the other: no fact can be both.</summary>
    private static bool MayShareFacts(Type a, Type b) =>
        a.IsInterface || b.IsInterface || a.IsAssignableFrom(b) || b.IsAssignableFrom(a);
}
