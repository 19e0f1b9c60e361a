using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Execution;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Activities.BuiltIn;

/// <summary>
/// Starts one child instance per item of a list variable (one distribution per puskesmas), then waits on a
/// join until every child has completed or been cancelled, and goes on with "done". An item that is a
/// string is the child's facility; an object item gives it as "facilityId". The child gets the item in
/// <c>itemVariable</c> and copies of <c>copyVariables</c>; its correlation id is the parent's plus "/facility".
/// Properties: definition, items, itemVariable (default "item"), copyVariables, version, name.
/// </summary>
internal sealed class FanOut : IActivity
{
    public string Type => "FanOut";

    public IReadOnlyCollection<string>? Outcomes(ActivityDefinition activity) => [ActivityResult.DefaultOutcome];

    public void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        problems.RequireString(activity, "definition");
        problems.RequireString(activity, "items");
        problems.OptionalString(activity, "itemVariable");
        problems.OptionalString(activity, "name");
        problems.OptionalStrings(activity, "copyVariables");
        if (problems.OptionalInt(activity, "version") is < 1) problems.Error(activity.PathOf("version"), "must be a version from 1");
    }

    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var properties = context.Properties;
        var itemsVariable = properties.GetString("items");
        if (context.Variables[itemsVariable] is not JsonArray items)
            throw new InvalidOperationException($"variable '{itemsVariable}' is not a list to fan out over");
        var definition = properties.GetString("definition");
        var itemVariable = properties.GetStringOrNull("itemVariable") ?? "item";
        var copies = properties.Has("copyVariables") ? properties.GetStrings("copyVariables") : [];

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var children = new List<WorkflowInstance>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var facility = FacilityOf(item);
            var key = facility ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!keys.Add(key)) throw new InvalidOperationException($"variable '{itemsVariable}' lists '{key}' twice");
            var variables = new JsonObject { [itemVariable] = item?.DeepClone() };
            foreach (var name in copies) variables[name] = context.Variables[name]?.DeepClone();
            children.Add(await context.StartChildAsync(
                definition, $"{context.Instance.CorrelationId}/{key}", facility ?? context.Instance.FacilityId, variables, properties.GetIntOrNull("version")));
        }

        context.Entry.Kind = JournalKinds.FanOut;
        context.Entry.InputJson = new JsonObject
        {
            ["definition"] = definition,
            ["children"] = new JsonArray(children.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = c.Id, ["correlationId"] = c.CorrelationId, ["facilityId"] = c.FacilityId, ["status"] = c.Status.ToString(),
            }).ToArray()),
        }.ToJsonString(RuntimeJson.Options);

        if (children.All(c => c.Status is WorkflowStatus.Completed or WorkflowStatus.Cancelled)) return ActivityResult.Done();
        context.CreateJoin(properties.GetStringOrNull("name") ?? context.Activity.Id);
        return ActivityResult.Wait();
    }

    public ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());

    private static string? FacilityOf(JsonNode? item) => item switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonObject o when o["facilityId"] is JsonValue f && f.GetValueKind() == JsonValueKind.String => f.GetValue<string>(),
        _ => null,
    };
}
