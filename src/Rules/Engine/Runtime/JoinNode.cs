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
        var index = session.Memory(Right!).Index<TKey>(rightSlot);
        if (index is null) return;
        var key = leftKey(token);
        var deleted = false;
        // No action runs inside this loop, and emitting adds only to this node's own memory, not to the index read.
        foreach (var item in index.Get(key))
        {
            var fact = (FactHandle)item;
            if (fact.Deleted) { deleted = true; continue; }
            if (condition is null || condition(token, fact.Fact)) Emit(session, token, fact);
        }
        if (deleted) index.Sweep(key);
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
        var index = session.Memory(Left).Index<TKey>(leftSlot);
        if (index is null) return;
        var key = rightKey(fact.Fact);
        var deleted = false;
        foreach (var token in index.Get(key))
        {
            if (token.Deleted) { deleted = true; continue; }
            if (condition is null || condition(token, fact.Fact)) Emit(session, token, fact);
        }
        if (deleted) index.Sweep(key);
    }

    private void Emit(RuleSession session, Token token, FactHandle fact)
    {
        token = session.Pin(token);
        fact = session.Pin(fact);
        var child = new Token(token, fact, this);
        token.AddChild(child);
        fact.AddChild(child);
        session.Store(this, child);
    }
}
