namespace Requisition.Rules.Engine.Runtime;

/// <summary>Passes on the partial matches that satisfy a condition over facts already matched.</summary>
internal sealed class FilterNode(int id, MemoryNode left, Func<Token, bool> predicate) : BetaNode(id, left, null)
{
    public override void LeftActivate(RuleSession session, Token token)
    {
        if (predicate(token)) session.Store(this, token);
    }
}
