namespace Requisition.Rules.Engine.Runtime;

/// <summary>A complete match of a rule, waiting on the agenda or already fired.</summary>
internal sealed class Activation : Token
{
    /// <summary>An activation of <paramref name="rule"/> for <paramref name="match"/>, deleted with it.</summary>
    public Activation(Token match, TerminalNode rule) : base(match, null, rule)
    {
        Level = match.Level;
        Rule = rule;
        Match = match;
    }

    /// <summary>
    /// A match that is its own activation: made by the last node of a rule's chain, which keeps no tokens,
    /// so the match needs no object of its own.
    /// </summary>
    public Activation(Token parent, FactHandle? handle, BetaNode owner, TerminalNode rule) : base(parent, handle, owner)
    {
        Rule = rule;
        Match = this;
    }

    public TerminalNode Rule { get; }

    public Token Match { get; }

    public bool Fired { get; set; }

    /// <summary>Facts this activation inserted as linked: retracted when the match stops holding.</summary>
    public List<FactHandle>? Linked { get; set; }
}
