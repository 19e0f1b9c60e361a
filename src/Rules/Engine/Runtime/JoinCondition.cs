namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A condition over a partial match and the fact a join or negation considers adding to it. When it reads
/// a single fact of the match (as most do), the node calls the rule's own lambda with the two facts: one
/// call per candidate instead of two.
/// </summary>
internal sealed class JoinCondition
{
    private readonly Func<Token, object, bool>? _ofMatch;
    private readonly Func<object, object, bool>? _ofFacts;
    private readonly int _level;

    /// <summary>A condition over several facts of the match and the candidate.</summary>
    public JoinCondition(Func<Token, object, bool> ofMatch) => _ofMatch = ofMatch;

    /// <summary>A condition over the fact at <paramref name="level"/> and the candidate (see <see cref="Untyped"/>).</summary>
    public JoinCondition(int level, Func<object, object, bool> ofFacts)
    {
        _level = level;
        _ofFacts = ofFacts;
    }

    public bool Holds(Token token, object fact) =>
        _ofFacts is not null ? _ofFacts(token.FactAt(_level)!, fact) : _ofMatch!(token, fact);

    /// <summary>The conditions declared on one join, as one (null for none).</summary>
    public static JoinCondition? AllOf(IReadOnlyList<JoinCondition> conditions) => conditions.Count switch
    {
        0 => null,
        1 => conditions[0],
        _ => new JoinCondition((token, fact) =>
        {
            foreach (var condition in conditions)
                if (!condition.Holds(token, fact)) return false;
            return true;
        }),
    };
}
