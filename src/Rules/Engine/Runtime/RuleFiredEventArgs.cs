using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.Engine.Runtime;

/// <summary>A rule fired: which rule, and the facts of the match (in pattern order; negated elements left out).</summary>
public sealed class RuleFiredEventArgs(RuleInfo rule, IReadOnlyList<object> facts) : EventArgs
{
    public RuleInfo Rule { get; } = rule;

    public IReadOnlyList<object> Facts { get; } = facts;
}
