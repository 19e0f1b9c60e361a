using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>A rule that derives facts for other rules (no flag). Runs before the flag rules.</summary>
public abstract class DerivationRule : Rule
{
    public const int DerivationPriority = 100;

    protected static RuleInfo Derivation(string id, string description, params string[] steps) =>
        new(id, id, description, Severity.Info, DerivationPriority, steps);
}
