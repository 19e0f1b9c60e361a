namespace Requisition.Rules.Engine.Runtime;

/// <summary>A complete match of a rule, waiting on the agenda or already fired.</summary>
internal sealed class Activation : Token
{
    public Activation(Token match, TerminalNode rule, long sequence) : base(match, null, rule)
    {
        Level = match.Level;
        Rule = rule;
        Sequence = sequence;
    }

    public TerminalNode Rule { get; }

    public Token Match => Parent!;

    public long Sequence { get; }

    public bool Fired { get; set; }

    /// <summary>Facts this activation inserted as linked: retracted when the match stops holding.</summary>
    public List<FactHandle>? Linked { get; set; }
}
