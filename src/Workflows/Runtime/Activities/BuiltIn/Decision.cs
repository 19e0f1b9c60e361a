using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>
/// Branches on a variable's value: the value (a string, true/false, a number) is the outcome, so
/// <c>"next": {"true": "ship", "false": "review", "default": "..."}</c>. Property: variable.
/// </summary>
internal sealed class Decision : IActivity
{
    public string Type => "Decision";

    public void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        problems.RequireString(activity, "variable");
        if (!activity.HasNext) problems.Error($"{activity.Path}.next", "a Decision needs a next map from value to activity");
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variable = context.Properties.GetString("variable");
        var value = Outcome(context.Variables[variable]);
        var outcome = value ?? ActivityDefinition.DefaultOutcomeKey;
        if (context.Activity.NextFor(outcome) is null)
        {
            throw new InvalidOperationException(
                $"{context.Activity.File}: {context.Activity.Path}.next: variable '{variable}' is {(value is null ? "not set" : $"'{value}'")}, which has no entry, and there is no 'default'");
        }
        return ValueTask.FromResult(ActivityResult.Done(outcome));
    }

    private static string? Outcome(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>() ? "true" : "false",
        _ => value.ToJsonString(),
    };
}
