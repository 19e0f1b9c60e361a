using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>
/// Sets a variable to a value written in the definition, or adds to a number (a revision counter).
/// Properties: variable, and value (any JSON) or increment (a number; an unset variable counts as 0).
/// </summary>
internal sealed class SetVariable : IActivity
{
    public string Type => "SetVariable";

    public IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity) => [ActivityResult.DefaultOutcome];

    public void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        problems.RequireString(activity, "variable");
        var hasValue = activity.Properties.ContainsKey("value");
        var increment = activity.Properties["increment"];
        if (hasValue == (increment is not null)) problems.Error(activity.PathOf("value"), "give exactly one of value, increment");
        if (increment is not null && !(increment is JsonValue v && v.GetValueKind() == JsonValueKind.Number))
            problems.Error(activity.PathOf("increment"), "must be a number");
    }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var variable = context.Properties.GetString("variable");
        if (context.Properties.Node("increment") is JsonValue increment)
            context.Variables.Set(variable, context.Variables.GetOrDefault<decimal>(variable) + increment.GetValue<decimal>());
        else
            context.Variables.Set(variable, context.Properties.Node("value")?.DeepClone());
        return ValueTask.FromResult(ActivityResult.Done());
    }
}
