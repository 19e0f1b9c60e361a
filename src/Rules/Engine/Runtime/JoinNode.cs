using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Requisition.Rules.Engine.Dsl;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>A hash join: pairs each partial match with the facts whose key equals its key and that meet the condition.</summary>
internal sealed class JoinNode<TKey>(
    int id,
    MemoryNode left,
    AlphaNode right,
    LeftKey<TKey> leftKey,
    Func<object, TKey> rightKey,
    int leftSlot,
    int rightSlot,
    JoinCondition? condition) : BetaNode(id, left, right)
{
    public override void LeftActivate(RuleSession session, Token token)
    {
        var memory = session.Facts(Right!);
        if (typeof(TKey) == typeof(NoKey))
        {
            // A join on no key pairs with every fact: scan the memory, no index to keep.
            foreach (var item in CollectionsMarshal.AsSpan(memory.Items))
                if (session.IsLive(item) && (condition is null || condition.Holds(token, item.Fact))) Emit(session, token, session.Pin(item));
            return;
        }
        var index = memory.Index<TKey>(rightSlot);
        if (index is null) return;
        var key = leftKey.Of(token);
        var gone = false;
        // No action runs inside this loop, and emitting adds only to this node's own memory, not to the index read.
        foreach (var item in index.Get(key))
        {
            if (!session.IsLive(item)) { gone = true; continue; }
            if (condition is null || condition.Holds(token, item.Fact)) Emit(session, token, session.Pin(item));
        }
        if (gone) index.Sweep(key);
    }

    public override void RightActivate(RuleSession session, FactHandle fact)
    {
        if (typeof(TKey) == typeof(NoKey))
        {
            var memory = session.Memory(Left);
            memory.Compact();
            var tokens = memory.Items;
            for (var i = 0; i < tokens.Count; i++)
                if (condition is null || condition.Holds(tokens[i], fact.Fact)) Emit(session, tokens[i], fact);
            return;
        }
        var index = session.Memory(Left).Index<TKey>(leftSlot);
        if (index is null) return;
        var key = rightKey(fact.Fact);
        var deleted = false;
        foreach (var token in index.Get(key))
        {
            if (token.Deleted) { deleted = true; continue; }
            if (condition is null || condition.Holds(token, fact.Fact)) Emit(session, token, fact);
        }
        if (deleted) index.Sweep(key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)] // most probes find no pair: keep the pairing out of their frame
    private void Emit(RuleSession session, Token token, FactHandle fact)
    {
        token = session.Pin(token);
        fact = session.Pin(fact);
        if (SoleTerminal is { } rule)
        {
            rule.Activate(session, token, fact, this);
            return;
        }
        var child = new Token(token, fact, this);
        token.AddChild(child);
        fact.AddChild(child);
        session.Store(this, child);
    }
}
