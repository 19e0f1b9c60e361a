namespace Requisition.Rules.Engine.Model;

/// <summary>A rule whose definition cannot be compiled (no pattern, no action, an action declared twice...).</summary>
public sealed class RuleDefinitionException(string ruleId, string problem)
    : Exception($"Rule {ruleId}: {problem}")
{
    public string RuleId { get; } = ruleId;
}
