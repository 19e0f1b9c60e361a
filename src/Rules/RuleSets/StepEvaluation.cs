using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets;

/// <summary>Runs a step's rule set over a set of facts and returns the flags, in a stable order.</summary>
public static class StepEvaluation
{
    /// <summary>
    /// Evaluates <paramref name="facts"/> at <paramref name="step"/> under <paramref name="thresholds"/>, as of
    /// <paramref name="asOf"/>. <paramref name="observe"/>, when given, sees the session before facts go in
    /// (to journal rule and fact events).
    /// </summary>
    public static IReadOnlyList<Flag> Run(
        string step, ThresholdSet thresholds, DateOnly asOf, IEnumerable<object> facts, Action<RuleSession>? observe = null)
    {
        var session = RuleCatalog.ForStep(step).CreateSession();
        observe?.Invoke(session);
        session.Insert(thresholds);
        session.Insert(new EvaluationDate(asOf));
        session.InsertAll(facts);
        session.Fire();
        return Ordered(session.Query<Flag>());
    }

    /// <summary>Facility, item, period, rule, subject: the order a reviewer reads flags in.</summary>
    public static IReadOnlyList<Flag> Ordered(IEnumerable<Flag> flags) => flags
        .OrderBy(f => f.Facility.Value, StringComparer.Ordinal)
        .ThenBy(f => f.DrugCode?.Value ?? "", StringComparer.Ordinal)
        .ThenBy(f => f.Period?.Ordinal ?? 0)
        .ThenBy(f => f.Rule, StringComparer.Ordinal)
        .ThenBy(f => f.Subject ?? "", StringComparer.Ordinal)
        .ThenBy(f => f.Message, StringComparer.Ordinal)
        .ToList();
}
