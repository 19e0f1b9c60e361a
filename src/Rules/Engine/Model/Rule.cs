using Requisition.Rules.Engine.Dsl;

namespace Requisition.Rules.Engine.Model;

/// <summary>
/// A rule: metadata plus a declarative when/then written with <see cref="RuleBuilder"/>. One rule per
/// class, named after what it catches; the class holds no state, so a compiled rule set is shared by
/// every session.
/// </summary>
public abstract class Rule
{
    public abstract RuleInfo Info { get; }

    /// <summary>Declares the patterns the rule matches and the action it takes for each match.</summary>
    public abstract void Define(RuleBuilder rule);
}
