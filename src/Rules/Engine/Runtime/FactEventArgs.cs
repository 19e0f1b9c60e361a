namespace Requisition.Rules.Engine.Runtime;

/// <summary>A fact entered, changed in, or left a session.</summary>
public sealed class FactEventArgs(object fact, string? ruleId) : EventArgs
{
    public object Fact { get; } = fact;

    /// <summary>The rule whose action made the change, or null when the caller did.</summary>
    public string? RuleId { get; } = ruleId;
}
