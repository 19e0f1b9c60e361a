namespace Requisition.Workflows.Runtime.Execution;

/// <summary>The chosen outcome is not one the task offers.</summary>
public sealed class InvalidOutcomeException(string outcome, IReadOnlyList<string> allowed, string task)
    : Exception($"task '{task}' has no outcome '{outcome}' (choose one of: {string.Join(", ", allowed)})")
{
    public string Outcome { get; } = outcome;

    public IReadOnlyList<string> Allowed { get; } = allowed;
}
