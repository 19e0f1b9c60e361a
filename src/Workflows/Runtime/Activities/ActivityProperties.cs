using System.Text.Json;
using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// Typed reads of an activity's properties. A missing or mistyped required property fails with
/// <see cref="WorkflowDefinitionException"/> naming the file and the path, e.g.
/// "workflows/lplpo-monthly.v1.json: $.activities[2].properties.role: required property is missing".
/// </summary>
public sealed class ActivityProperties(ActivityDefinition activity)
{
    public ActivityDefinition Activity { get; } = activity;

    public bool Has(string name) => Activity.Properties.TryGetPropertyValue(name, out var node) && node is not null;

    /// <summary>The raw value, or null when absent.</summary>
    public JsonNode? Node(string name) => Activity.Properties.TryGetPropertyValue(name, out var node) ? node : null;

    public string GetString(string name) => GetStringOrNull(name) ?? throw Missing(name);

    public string? GetStringOrNull(string name) => Node(name) switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw Mistyped(name, "a string"),
    };

    public int GetInt(string name) => GetIntOrNull(name) ?? throw Missing(name);

    public int? GetIntOrNull(string name) => Node(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<int>(out var number) => number,
        _ => throw Mistyped(name, "a whole number"),
    };

    public bool GetBool(string name, bool defaultValue) => Node(name) switch
    {
        null => defaultValue,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw Mistyped(name, "true or false"),
    };

    public IReadOnlyList<string> GetStrings(string name) => Node(name) switch
    {
        null => throw Missing(name),
        JsonArray array when array.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String) =>
            array.Select(n => n!.GetValue<string>()).ToList(),
        _ => throw Mistyped(name, "an array of strings"),
    };

    /// <summary>Any shape, deserialised from the property's JSON (web naming: camelCase).</summary>
    public T Get<T>(string name)
    {
        var node = Node(name) ?? throw Missing(name);
        try
        {
            return node.Deserialize<T>(JsonSerializerOptions.Web) ?? throw Mistyped(name, typeof(T).Name);
        }
        catch (JsonException)
        {
            throw Mistyped(name, typeof(T).Name);
        }
    }

    public string PathOf(string name) => Activity.PathOf(name);

    private WorkflowDefinitionException Missing(string name) => new(Activity.ErrorAt(name, "required property is missing"));

    private WorkflowDefinitionException Mistyped(string name, string expected) => new(Activity.ErrorAt(name, $"must be {expected}"));
}
