namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// A join's key on the side of the partial match. When it reads a single fact of the match (as most keys
/// do), the node calls the rule's own lambda with that fact: one call per probe instead of two.
/// </summary>
internal sealed class LeftKey<TKey>
{
    private readonly Func<Token, TKey>? _ofMatch;
    private readonly Func<object, TKey>? _ofFact;
    private readonly int _level;

    /// <summary>A key computed from several facts of the match.</summary>
    public LeftKey(Func<Token, TKey> ofMatch) => _ofMatch = ofMatch;

    /// <summary>A key computed from the fact at <paramref name="level"/> (see <see cref="Untyped"/>).</summary>
    public LeftKey(int level, Func<object, TKey> ofFact)
    {
        _level = level;
        _ofFact = ofFact;
    }

    public TKey Of(Token token) => _ofFact is not null ? _ofFact(token.FactAt(_level)!) : _ofMatch!(token);
}
