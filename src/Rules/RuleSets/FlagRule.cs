using Requisition.Rules.Engine.Model;

namespace Requisition.Rules.RuleSets;

/// <summary>A rule that raises a flag a careful pharmacist would raise.</summary>
public abstract class FlagRule : Rule
{
    public const int FlagPriority = 0;

    protected static RuleInfo Describe(string id, string name, string description, Severity severity, params string[] steps) =>
        new(id, name, description, severity, FlagPriority, steps);
}
