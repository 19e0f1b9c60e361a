namespace Requisition.Rules.Engine.Runtime;

/// <summary>A node with a left input of partial matches and (for joins and negations) a right input of facts.</summary>
internal abstract class BetaNode(int id, MemoryNode left, AlphaNode? right) : MemoryNode(id)
{
    public MemoryNode Left { get; } = left;

    public AlphaNode? Right { get; } = right;

    public abstract void LeftActivate(RuleSession session, Token token);

    public virtual void RightActivate(RuleSession session, FactHandle fact)
    {
    }

    public virtual void RightRetract(RuleSession session, FactHandle fact)
    {
    }
}
