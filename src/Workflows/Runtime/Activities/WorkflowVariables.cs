using System.Text.Json;
using System.Text.Json.Nodes;

namespace Requisition.Workflows.Runtime.Activities;

/// <summary>
/// An instance's variables (the ids of the documents it moves, counters, decisions), typed over the JSON
/// object persisted as <c>VariablesJson</c>. Values are stored with web naming (camelCase); times as ISO 8601.
/// </summary>
public sealed class WorkflowVariables
{
    private readonly JsonObject _values;
    private readonly string _owner;

    internal WorkflowVariables(JsonObject values, string owner)
    {
        _values = values;
        _owner = owner;
    }

    public IEnumerable<string> Names => _values.Select(p => p.Key);

    public bool Contains(string name) => _values.TryGetPropertyValue(name, out var node) && node is not null;

    /// <summary>The raw value, or null when not set.</summary>
    public JsonNode? this[string name] => _values.TryGetPropertyValue(name, out var node) ? node : null;

    /// <summary>The value as <typeparamref name="T"/>; fails when it is not set or does not convert.</summary>
    public T Get<T>(string name)
    {
        if (!TryGet<T>(name, out var value) || value is null)
            throw new KeyNotFoundException(Contains(name)
                ? $"{_owner}: variable '{name}' is not a {typeof(T).Name}: {this[name]!.ToJsonString()}"
                : $"{_owner}: variable '{name}' is not set");
        return value;
    }

    public T? GetOrDefault<T>(string name, T? defaultValue = default) => TryGet<T>(name, out var value) ? value : defaultValue;

    public bool TryGet<T>(string name, out T? value)
    {
        value = default;
        if (this[name] is not { } node) return false;
        try
        {
            value = node.Deserialize<T>(JsonSerializerOptions.Web);
            return value is not null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    public void Set<T>(string name, T value) => _values[name] = JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web);

    public bool Remove(string name) => _values.Remove(name);

    /// <summary>A copy of all variables.</summary>
    public JsonObject ToJsonObject() => (JsonObject)_values.DeepClone();
}
