namespace Requisition.Rules.Engine.Model;

/// <summary>What a rule is: its stable id, what it catches, where it runs, how much it matters.</summary>
/// <param name="Id">Stable id that workflows, reports and administrators refer to (e.g. EXCESS_STOCK).</param>
/// <param name="Name">Short human name.</param>
/// <param name="Description">The sentence of the domain brief the rule comes from.</param>
/// <param name="Severity">The rule's usual severity; a flag may state its own (near-expiry tiers).</param>
/// <param name="Priority">Higher fires first; equal priorities fire in match order.</param>
/// <param name="Steps">The workflow steps whose rule set includes this rule; empty means every step (derivations).</param>
public sealed record RuleInfo(
    string Id,
    string Name,
    string Description,
    Severity Severity,
    int Priority,
    IReadOnlyList<string> Steps)
{
    public bool RunsAt(string step) => Steps.Count == 0 || Steps.Contains(step, StringComparer.Ordinal);
}
