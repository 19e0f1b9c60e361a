namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// NotExists (negated) or Exists: passes a partial match on while no fact (or at least one fact) with
/// the same key meets the condition, and takes it back when that changes.
/// </summary>
internal sealed class NotNode<TKey>(
    int id,
    MemoryNode left,
    AlphaNode right,
    Func<Token, TKey> leftKey,
    Func<object, TKey> rightKey,
    int leftSlot,
    int rightSlot,
    Func<Token, object, bool>? condition,
    bool negated) : BetaNode(id, left, right)
{
    public override void LeftActivate(RuleSession session, Token token)
    {
        if (AnyMatch(session, token) != negated) Emit(session, token);
    }

    public override void RightActivate(RuleSession session, FactHandle fact)
    {
        foreach (var token in LeftPartners(session, fact))
        {
            var child = token.ChildOf(this);
            if (negated)
            {
                if (child is not null) session.Delete(child);
            }
            else if (child is null)
            {
                Emit(session, token);
            }
        }
    }

    public override void RightRetract(RuleSession session, FactHandle fact)
    {
        foreach (var token in LeftPartners(session, fact))
        {
            var child = token.ChildOf(this);
            if (negated ? child is null : child is not null)
            {
                if (AnyMatch(session, token)) continue;
                if (negated) Emit(session, token);
                else session.Delete(child!);
            }
        }
    }

    /// <summary>Live partial matches that pair with <paramref name="fact"/>, copied: handling one may change the bucket.</summary>
    private List<Token> LeftPartners(RuleSession session, FactHandle fact)
    {
        var partners = new List<Token>();
        var index = session.Memory(Left).Index<TKey>(leftSlot);
        if (index is null) return partners;
        var key = rightKey(fact.Fact);
        var deleted = false;
        foreach (var token in index.Get(key))
        {
            if (token.Deleted) { deleted = true; continue; }
            if (condition is null || condition(token, fact.Fact)) partners.Add(token);
        }
        if (deleted) index.Sweep(key);
        return partners;
    }

    private bool AnyMatch(RuleSession session, Token token)
    {
        var index = session.Memory(Right!).Index<TKey>(rightSlot);
        if (index is null) return false;
        foreach (var item in index.Get(leftKey(token)))
        {
            var fact = (FactHandle)item;
            if (fact.Deleted) continue;
            if (condition is null || condition(token, fact.Fact)) return true;
        }
        return false;
    }

    private void Emit(RuleSession session, Token token)
    {
        token = session.Pin(token);
        var child = new Token(token, null, this);
        token.AddChild(child);
        session.Store(this, child);
    }
}
