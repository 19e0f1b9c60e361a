using System.Text.Json;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Cycle.Flags;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>
/// Runs a step's rule set over the instance's document, stores the flags with the step (keeping earlier
/// acknowledgements), writes them and the threshold version on the journal, and, as a gate, refuses the action
/// that led here while an error or an unacknowledged warning remains: the whole action is then not written.
/// Properties: step (formulary, rko, lplpo, ifk-review, distribution); facts (which facts of the step, e.g.
/// picking or receipt at distribution); rules (only these rule ids count here); acknowledgementsVariable (the task
/// input holding the acknowledgements given with the action); gate (default true).
/// </summary>
internal sealed class RunRules : CycleActivity
{
    public override string Type => "RunRules";

    public override void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        var step = problems.RequireString(activity, "step");
        if (step is not null && !Steps.All.Contains(step, StringComparer.Ordinal))
            problems.Error(activity.PathOf("step"), $"unknown step '{step}'; expected one of {string.Join(", ", Steps.All)}");
        var facts = problems.OptionalString(activity, "facts");
        if (step is not null && Steps.All.Contains(step, StringComparer.Ordinal) && !StepFactSources.Knows(step, facts))
            problems.Error(activity.PathOf("facts"), $"step '{step}' has no facts '{facts ?? "(default)"}'; expected one of {string.Join(", ", StepFactSources.Names(step))}");
        problems.OptionalString(activity, "acknowledgementsVariable");
        if (activity.Properties["rules"] is System.Text.Json.Nodes.JsonArray rules)
        {
            var known = RuleCatalog.FlagRules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < rules.Count; i++)
            {
                var id = rules[i] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
                if (id is null || !known.Contains(id))
                    problems.Error($"{activity.PathOf("rules")}[{i}]", $"'{rules[i]?.ToJsonString()}' is not a rule id; expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}");
            }
        }
        else if (activity.Properties["rules"] is not null)
        {
            problems.Error(activity.PathOf("rules"), "must be a list of rule ids");
        }
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var step = context.Properties.GetString("step");
        var rules = context.Properties.Has("rules") ? context.Properties.GetStrings("rules").ToHashSet(StringComparer.Ordinal) : null;
        var thresholds = await unit.ThresholdsAsync();
        var facts = await StepFactSources.LoadAsync(unit, context.Instance, step, context.Properties.GetStringOrNull("facts"));
        var flags = StepEvaluation.Run(step, thresholds, unit.Today, facts);
        if (rules is not null) flags = flags.Where(f => rules.Contains(f.Rule)).ToList();
        context.RecordFlags(flags, thresholds.Version);
        var stored = await FlagBook.RecordAsync(unit, context.Instance.Id, step, flags, rules, Acknowledgements(context));
        if (context.Properties.GetBool("gate", true)) FlagBook.Gate(step, stored);
        return ActivityResult.Done();
    }

    private static IReadOnlyList<Acknowledgement> Acknowledgements(ActivityContext context)
    {
        if (context.Properties.GetStringOrNull("acknowledgementsVariable") is not { } variable) return [];
        if (context.Variables[variable]?["acknowledgements"] is not { } node) return [];
        return node.Deserialize<List<Acknowledgement>>(CycleJson.Options) ?? [];
    }
}
