using System.Text.Json;
using System.Text.Json.Nodes;

namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>
/// The problems found in one definition file while it loads. Activities check their own properties
/// through it (<c>IActivity.Validate</c>); the helpers report a missing or mistyped property at its path
/// and return null so the check can go on and report everything at once.
/// </summary>
public sealed class DefinitionProblems(string file)
{
    private readonly List<DefinitionError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<DefinitionError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Error(string path, string message) => _errors.Add(DefinitionError.At(File, path, message));

    internal void Add(DefinitionError error) => _errors.Add(error);

    /// <summary>A required non-empty string property.</summary>
    public string? RequireString(ActivityDefinition activity, string property)
    {
        if (!activity.Properties.TryGetPropertyValue(property, out var node) || node is null)
        {
            Error(activity.PathOf(property), "required property is missing");
            return null;
        }
        return StringOf(activity, property, node);
    }

    /// <summary>An optional string property: null when absent, an error when present but not a non-empty string.</summary>
    public string? OptionalString(ActivityDefinition activity, string property) =>
        activity.Properties.TryGetPropertyValue(property, out var node) && node is not null ? StringOf(activity, property, node) : null;

    /// <summary>A required non-empty array of distinct non-empty strings.</summary>
    public IReadOnlyList<string>? RequireStrings(ActivityDefinition activity, string property)
    {
        if (!activity.Properties.TryGetPropertyValue(property, out var node) || node is null)
        {
            Error(activity.PathOf(property), "required property is missing");
            return null;
        }
        return StringsOf(activity.PathOf(property), node);
    }

    /// <summary>An optional array of strings (empty when absent).</summary>
    public IReadOnlyList<string> OptionalStrings(ActivityDefinition activity, string property) =>
        activity.Properties.TryGetPropertyValue(property, out var node) && node is not null
            ? StringsOf(activity.PathOf(property), node, allowEmpty: true) ?? []
            : [];

    /// <summary>An optional true/false property.</summary>
    public bool? OptionalBool(ActivityDefinition activity, string property) => OptionalBool(activity.Properties, property, activity.PathOf(property));

    internal bool? OptionalBool(JsonObject owner, string property, string path)
    {
        if (!owner.TryGetPropertyValue(property, out var node) || node is null) return null;
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return node.GetValue<bool>();
        Error(path, "must be true or false");
        return null;
    }

    /// <summary>An optional whole-number property.</summary>
    public int? OptionalInt(ActivityDefinition activity, string property)
    {
        if (!activity.Properties.TryGetPropertyValue(property, out var node) || node is null) return null;
        if (node is JsonValue value && value.TryGetValue<int>(out var number)) return number;
        Error(activity.PathOf(property), "must be a whole number");
        return null;
    }

    internal IReadOnlyList<string>? StringsOf(string path, JsonNode node, bool allowEmpty = false)
    {
        if (node is not JsonArray array)
        {
            Error(path, "must be an array of strings");
            return null;
        }
        if (array.Count == 0 && !allowEmpty)
        {
            Error(path, "must not be empty");
            return null;
        }
        var values = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0)
            {
                var text = v.GetValue<string>();
                if (values.Contains(text, StringComparer.Ordinal)) Error($"{path}[{i}]", $"'{text}' is listed twice");
                else values.Add(text);
            }
            else
            {
                Error($"{path}[{i}]", "must be a non-empty string");
            }
        }
        return values;
    }

    private string? StringOf(ActivityDefinition activity, string property, JsonNode node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return v.GetValue<string>();
        Error(activity.PathOf(property), "must be a non-empty string");
        return null;
    }
}
