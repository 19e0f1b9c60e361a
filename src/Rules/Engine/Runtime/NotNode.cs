using System.Runtime.CompilerServices;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>
/// NotExists (negated) or Exists: passes a partial match on while no fact (or at least one fact) with
/// the same key meets the condition, and takes it back when that changes.
/// </summary>
internal sealed class NotNode<TKey>(
    int id,
    MemoryNode left,
    AlphaNode right,
    LeftKey<TKey> leftKey,
    Func<object, TKey> rightKey,
    int leftSlot,
    int rightSlot,
    JoinCondition? condition,
    bool negated) : BetaNode(id, left, right)
{
    public override void LeftActivate(RuleSession session, Token token)
    {
        if (AnyMatch(session, token) != negated) Emit(session, token);
    }

    public override void RightActivate(RuleSession session, FactHandle fact)
    {
        var partners = LeftPartners(session, fact);
        if (partners is null) return;
        foreach (var token in partners)
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
        var partners = LeftPartners(session, fact);
        if (partners is null) return;
        foreach (var token in partners)
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

    /// <summary>Live partial matches that pair with <paramref name="fact"/>, copied (handling one may change the bucket); null if none.</summary>
    private List<Token>? LeftPartners(RuleSession session, FactHandle fact)
    {
        var index = session.Memory(Left).Index<TKey>(leftSlot);
        if (index is null) return null;
        var key = rightKey(fact.Fact);
        List<Token>? partners = null;
        var deleted = false;
        foreach (var token in index.Get(key))
        {
            if (token.Deleted) { deleted = true; continue; }
            if (condition is null || condition.Holds(token, fact.Fact)) (partners ??= []).Add(token);
        }
        if (deleted) index.Sweep(key);
        return partners;
    }

    private bool AnyMatch(RuleSession session, Token token)
    {
        var index = session.Facts(Right!).Index<TKey>(rightSlot);
        if (index is null) return false;
        foreach (var item in index.Get(leftKey.Of(token)))
            if (session.IsLive(item) && (condition is null || condition.Holds(token, item.Fact))) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // most probes change nothing: keep the match out of their frame
    private void Emit(RuleSession session, Token token)
    {
        token = session.Pin(token);
        if (SoleTerminal is { } rule)
        {
            rule.Activate(session, token, null, this);
            return;
        }
        var child = new Token(token, null, this);
        token.AddChild(child);
        session.Store(this, child);
    }
}
