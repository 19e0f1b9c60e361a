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
        var bucket = session.Memory(Left).Index<TKey>(leftSlot)?.Get(rightKey(fact.Fact));
        if (bucket is null) return partners;
        var deleted = 0;
        foreach (var token in bucket)
        {
            if (token.Deleted) { deleted++; continue; }
            if (condition is null || condition(token, fact.Fact)) partners.Add(token);
        }
        if (deleted > 0) KeyIndex<TKey>.Sweep(bucket);
        return partners;
    }

    private bool AnyMatch(RuleSession session, Token token)
    {
        var bucket = session.Memory(Right!).Index<TKey>(rightSlot)?.Get(leftKey(token));
        if (bucket is null) return false;
        foreach (var item in bucket)
        {
            var fact = (FactHandle)item;
            if (fact.Deleted) continue;
            if (condition is null || condition(token, fact.Fact)) return true;
        }
        return false;
    }

    private void Emit(RuleSession session, Token token)
    {
        var child = new Token(token, null, this);
        token.AddChild(child);
        session.Store(this, child);
    }
}
