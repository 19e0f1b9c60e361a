using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// Explains a refusal by a step's rules: each error line with its field path (as every refusal), then per rule the
/// flags that hold the action, with the <c>--ack</c> that acknowledges a warning, or that an error must be fixed.
/// </summary>
public static class CycleRefusal
{
    private const int ItemsShown = 8;

    public static void Write(TextWriter error, CommandRejectedException refused)
    {
        foreach (var problem in refused.Errors) error.WriteLine($"error: {problem}");
        var blocking = refused.Flags.Where(f => f.Blocks).ToList();
        var warnings = blocking.Where(f => f.Severity == Severity.Warning).ToList();
        var errors = blocking.Where(f => f.Severity == Severity.Error).ToList();
        var steps = string.Join(", ", blocking.Select(f => f.Step).Distinct(StringComparer.Ordinal));
        error.WriteLine($"refused by the {steps} rules: {Count(warnings.Count, "warning")} to acknowledge, {Count(errors.Count, "error")} to fix");
        var rules = warnings.GroupBy(f => f.Rule, StringComparer.Ordinal).ToList();
        var width = rules.Select(r => r.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var rule in rules)
            error.WriteLine($"  --ack {(rule.Key + "=REASON").PadRight(width + 7)}  acknowledges {Count(rule.Count(), "warning")}{Items(rule)}");
        if (warnings.FirstOrDefault(f => f.DrugCode is not null) is { } one)
            error.WriteLine($"  (or one item: --ack {one.Rule}:{one.DrugCode}=REASON)");
        foreach (var rule in errors.GroupBy(f => f.Rule, StringComparer.Ordinal))
            error.WriteLine($"  fix first: {rule.Key}, {Count(rule.Count(), "error")}{Items(rule)}; an error cannot be acknowledged");
    }

    private static string Items(IEnumerable<FlagView> flags)
    {
        var items = flags.Select(f => f.DrugCode ?? f.Subject).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (items.Count == 0) return "";
        var shown = string.Join(", ", items.Take(ItemsShown));
        return items.Count > ItemsShown ? $" ({shown} and {items.Count - ItemsShown} more)" : $" ({shown})";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
