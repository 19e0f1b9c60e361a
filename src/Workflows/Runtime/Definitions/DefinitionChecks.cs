using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>
/// The checks that need the whole definition: the start and every next exist, activity types are registered
/// and their properties valid, outcomes match the next map, and every activity is reachable from the start.
/// </summary>
internal static class DefinitionChecks
{
    public static void Check(WorkflowDefinition definition, ActivityRegistry registry, DefinitionProblems problems)
    {
        var ids = definition.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var startKnown = definition.Start.Length > 0 && ids.Contains(definition.Start);
        if (definition.Start.Length > 0 && !startKnown) problems.Error("$.start", $"no activity '{definition.Start}'");

        foreach (var activity in definition.Activities)
        {
            NextTargets(activity, ids, problems);
            var type = registry.Find(activity.Type);
            if (type is null)
            {
                problems.Error($"{activity.Path}.type",
                    $"unknown activity type '{activity.Type}' (registered: {string.Join(", ", registry.Types.Order(StringComparer.Ordinal))})");
                continue;
            }
            type.Validate(activity, problems);
            Outcomes(activity, type.Outcomes(activity), problems);
        }

        // An activity nothing leads to is a forgotten link, never intended: refuse it rather than warn.
        if (startKnown) Unreachable(definition, problems);
    }

    private static void NextTargets(ActivityDefinition activity, HashSet<string> ids, DefinitionProblems problems)
    {
        if (activity.NextForAll is { } all && !ids.Contains(all)) problems.Error($"{activity.Path}.next", $"no activity '{all}'");
        foreach (var (outcome, target) in activity.Next)
        {
            if (!ids.Contains(target)) problems.Error($"{activity.Path}.next.{outcome}", $"no activity '{target}'");
        }
    }

    private static void Outcomes(ActivityDefinition activity, IReadOnlyCollection<string>? outcomes, DefinitionProblems problems)
    {
        if (outcomes is null) return;
        if (outcomes.Count == 0)
        {
            if (activity.HasNext) problems.Error($"{activity.Path}.next", $"a {activity.Type} activity has no outcome to follow");
            return;
        }
        if (activity.Next.Count == 0) return;
        foreach (var key in activity.Next.Keys)
        {
            if (key != ActivityDefinition.DefaultOutcomeKey && !outcomes.Contains(key))
                problems.Error($"{activity.Path}.next.{key}", $"the activity has no outcome '{key}' (its outcomes: {string.Join(", ", outcomes)})");
        }
        if (activity.Next.ContainsKey(ActivityDefinition.DefaultOutcomeKey)) return;
        foreach (var outcome in outcomes)
        {
            if (!activity.Next.ContainsKey(outcome))
                problems.Error($"{activity.Path}.next", $"outcome '{outcome}' leads nowhere (map it, or send it to an End activity)");
        }
    }

    private static void Unreachable(WorkflowDefinition definition, DefinitionProblems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { definition.Start };
        var pending = new Queue<string>([definition.Start]);
        while (pending.TryDequeue(out var id))
        {
            if (definition.Find(id) is not { } activity) continue;
            var targets = activity.NextForAll is { } all ? [all] : activity.Next.Values;
            foreach (var target in targets)
            {
                if (seen.Add(target)) pending.Enqueue(target);
            }
        }
        foreach (var activity in definition.Activities.Where(a => !seen.Contains(a.Id)))
            problems.Error(activity.Path, $"activity '{activity.Id}' cannot be reached from the start '{definition.Start}'");
    }
}
