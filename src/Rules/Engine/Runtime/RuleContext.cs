using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>What a rule's action can do: insert, update and retract facts (forward chaining).</summary>
public sealed class RuleContext
{
    private readonly RuleSession _session;

    internal RuleContext(RuleSession session)
    {
        _session = session;
    }

    internal Activation? Current { get; set; }

    /// <summary>The rule whose action is running.</summary>
    public RuleInfo Rule => Current?.Rule.Info ?? throw new InvalidOperationException("No rule is firing.");

    /// <summary>The step the session's rule set was compiled for.</summary>
    public string? Step => _session.RuleSet.Step;

    /// <summary>Inserts a fact that stays until retracted.</summary>
    public void Insert(object fact) => _session.Insert(fact);

    /// <summary>
    /// Inserts a fact that lives as long as this match holds: when a fact of the match is retracted or
    /// updated so that the rule no longer matches, this fact is retracted too (truth maintenance).
    /// </summary>
    public void InsertLinked(object fact) => _session.InsertLinked(fact, Current ?? throw new InvalidOperationException("No rule is firing."));

    public bool Update(object fact) => _session.Update(fact);

    public bool Retract(object fact) => _session.Retract(fact);
}
