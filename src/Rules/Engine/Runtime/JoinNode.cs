using Requisition.Rules.Engine.Dsl;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>A hash join: pairs each partial match with the facts whose key equals its key and that meet the condition.</summary>
internal sealed class JoinNode<TKey>(
    int id,
    MemoryNode left,
    AlphaNode right,
    Func<Token, TKey> leftKey,
    Func<object, TKey> rightKey,
    int leftSlot,
    int rightSlot,
    Func<Token, object, bool>? condition) : BetaNode(id, left, right)
{
    public override void LeftActivate(RuleSession session, Token token)
    {
        if (typeof(TKey) == typeof(NoKey))
        {
            // A join on no key pairs with every fact: scan the memory, no index to keep.
            var facts = session.Memory(Right!).Items;
            for (var i = 0; i < facts.Count; i++)
            {
                var fact = (FactHandle)facts[i];
                if (!fact.Deleted && (condition is null || condition(token, fact.Fact))) Emit(session, token, fact);
            }
            return;
        }
        var bucket = session.Memory(Right!).Index<TKey>(rightSlot)?.Get(leftKey(token));
        if (bucket is null) return;
        var deleted = 0;
        // Index by position: a rule action never runs inside this loop, but a chained insert may grow the bucket.
        for (var i = 0; i < bucket.Count; i++)
        {
            var fact = (FactHandle)bucket[i];
            if (fact.Deleted) { deleted++; continue; }
            if (condition is null || condition(token, fact.Fact)) Emit(session, token, fact);
        }
        if (deleted > 0) KeyIndex<TKey>.Sweep(bucket);
    }

    public override void RightActivate(RuleSession session, FactHandle fact)
    {
        if (typeof(TKey) == typeof(NoKey))
        {
            var memory = session.Memory(Left);
            memory.Compact();
            var tokens = memory.Items;
            for (var i = 0; i < tokens.Count; i++)
                if (condition is null || condition(tokens[i], fact.Fact)) Emit(session, tokens[i], fact);
            return;
        }
        var bucket = session.Memory(Left).Index<TKey>(leftSlot)?.Get(rightKey(fact.Fact));
        if (bucket is null) return;
        var deleted = 0;
        for (var i = 0; i < bucket.Count; i++)
        {
            var token = bucket[i];
            if (token.Deleted) { deleted++; continue; }
            if (condition is null || condition(token, fact.Fact)) Emit(session, token, fact);
        }
        if (deleted > 0) KeyIndex<TKey>.Sweep(bucket);
    }

    private void Emit(RuleSession session, Token token, FactHandle fact)
    {
        var child = new Token(token, fact, this);
        token.AddChild(child);
        fact.AddChild(child);
        session.Store(this, child);
    }
}
