using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>The end of a rule's chain: each complete match becomes an activation on the agenda.</summary>
internal sealed class TerminalNode(RuleInfo info, Action<RuleContext, Token> action, int patternCount, int agendaLevel)
{
    public RuleInfo Info { get; } = info;

    public Action<RuleContext, Token> Action { get; } = action;

    /// <summary>Levels of the partial match (including NotExists/Exists elements, whose level holds no fact).</summary>
    public int PatternCount { get; } = patternCount;

    /// <summary>The agenda queue of the rule's priority (0 = the rule set's highest).</summary>
    public int AgendaLevel { get; } = agendaLevel;

    /// <summary>Makes the match just built by the chain's last node (which keeps no tokens) its own activation (see <see cref="Activation"/>).</summary>
    public void Activate(RuleSession session, Token parent, FactHandle? fact, BetaNode owner)
    {
        var activation = new Activation(parent, fact, owner, this);
        parent.AddChild(activation);
        fact?.AddChild(activation);
        session.Schedule(activation);
    }

    public void Activate(RuleSession session, Token match)
    {
        match = session.Pin(match);
        var activation = new Activation(match, this);
        match.AddChild(activation);
        session.Schedule(activation);
    }
}
