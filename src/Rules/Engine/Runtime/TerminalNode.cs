using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>The end of a rule's chain: each complete match becomes an activation on the agenda.</summary>
internal sealed class TerminalNode(RuleInfo info, Action<RuleContext, Token> action, int patternCount)
{
    public RuleInfo Info { get; } = info;

    public Action<RuleContext, Token> Action { get; } = action;

    /// <summary>Levels of the partial match (including NotExists/Exists elements, whose level holds no fact).</summary>
    public int PatternCount { get; } = patternCount;

    public void Activate(RuleSession session, Token match)
    {
        match = session.Pin(match);
        var activation = new Activation(match, this, session.NextSequence());
        match.AddChild(activation);
        session.Schedule(activation);
    }
}
