using System.Text.Json;
using System.Text.Json.Nodes;

namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>Reads a definition file's JSON into the model, reporting every structural problem at its path.</summary>
internal static class DefinitionReader
{
    private static readonly string[] RootKeys = ["id", "version", "name", "description", "start", "activities"];
    private static readonly string[] ActivityKeys = ["id", "type", "name", "description", "properties", "next"];

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The definition as far as it could be read (null when the file is not a JSON object).</summary>
    public static WorkflowDefinition? Read(string json, DefinitionProblems problems)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            problems.Add(new DefinitionError(problems.File, null, line, $"invalid JSON at column {column}: {Describe(e)}"));
            return null;
        }
        if (root is not JsonObject obj)
        {
            problems.Error("$", "a workflow definition must be a JSON object");
            return null;
        }

        UnknownKeys(obj, "$", RootKeys, problems);
        var id = RequiredString(obj, "id", "$", problems);
        if (id is not null && id.Any(char.IsWhiteSpace)) problems.Error("$.id", $"'{id}' must not contain spaces");
        var version = Version(obj, problems);
        var start = RequiredString(obj, "start", "$", problems);
        var name = obj["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null;
        var activities = Activities(obj, problems);
        return new WorkflowDefinition(id ?? "", version, start ?? "", activities, problems.File, name);
    }

    private static int Version(JsonObject obj, DefinitionProblems problems)
    {
        if (!obj.TryGetPropertyValue("version", out var node) || node is null)
        {
            problems.Error("$.version", "required property is missing");
            return 0;
        }
        if (node is JsonValue v && v.TryGetValue<int>(out var version) && version >= 1) return version;
        problems.Error("$.version", "must be a whole number from 1");
        return 0;
    }

    private static List<ActivityDefinition> Activities(JsonObject obj, DefinitionProblems problems)
    {
        var result = new List<ActivityDefinition>();
        if (!obj.TryGetPropertyValue("activities", out var node) || node is null)
        {
            problems.Error("$.activities", "required property is missing");
            return result;
        }
        if (node is not JsonArray array || array.Count == 0)
        {
            problems.Error("$.activities", "must be a non-empty array of activities");
            return result;
        }

        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.activities[{i}]";
            if (array[i] is not JsonObject item)
            {
                problems.Error(path, "an activity must be a JSON object");
                continue;
            }
            UnknownKeys(item, path, ActivityKeys, problems);
            var id = RequiredString(item, "id", path, problems);
            var type = RequiredString(item, "type", path, problems);
            var properties = Properties(item, path, problems);
            var (next, nextForAll) = Next(item, path, problems);
            if (id is null || type is null) continue;
            if (firstPathById.TryGetValue(id, out var first))
            {
                problems.Error($"{path}.id", $"duplicate id '{id}' (first used at {first})");
                continue;
            }
            firstPathById[id] = path;
            result.Add(new ActivityDefinition
            {
                Id = id, Type = type, Properties = properties, Next = next, NextForAll = nextForAll,
                File = problems.File, Path = path,
            });
        }
        return result;
    }

    private static JsonObject Properties(JsonObject item, string path, DefinitionProblems problems)
    {
        if (!item.TryGetPropertyValue("properties", out var node) || node is null) return [];
        if (node is JsonObject properties) return (JsonObject)properties.DeepClone();
        problems.Error($"{path}.properties", "must be a JSON object");
        return [];
    }

    private static (Dictionary<string, string> Next, string? NextForAll) Next(JsonObject item, string path, DefinitionProblems problems)
    {
        var next = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!item.TryGetPropertyValue("next", out var node) || node is null) return (next, null);
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return (next, v.GetValue<string>());
        if (node is not JsonObject map)
        {
            problems.Error($"{path}.next", "must be an activity id, or an object from outcome to activity id");
            return (next, null);
        }
        foreach (var (outcome, target) in map)
        {
            if (target is JsonValue t && t.GetValueKind() == JsonValueKind.String && t.GetValue<string>().Length > 0) next[outcome] = t.GetValue<string>();
            else problems.Error($"{path}.next.{outcome}", "must be an activity id");
        }
        return (next, null);
    }

    private static string? RequiredString(JsonObject obj, string key, string path, DefinitionProblems problems)
    {
        var at = $"{path}.{key}";
        if (!obj.TryGetPropertyValue(key, out var node) || node is null)
        {
            problems.Error(at, "required property is missing");
            return null;
        }
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0) return v.GetValue<string>();
        problems.Error(at, "must be a non-empty string");
        return null;
    }

    private static void UnknownKeys(JsonObject obj, string path, string[] known, DefinitionProblems problems)
    {
        foreach (var (key, _) in obj)
        {
            if (!known.Contains(key, StringComparer.Ordinal))
                problems.Error($"{path}.{key}", $"unknown property (expected one of: {string.Join(", ", known)})");
        }
    }

    /// <summary>The parser's message without the location it repeats (the error carries the line already).</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0) message = message[..at];
        }
        return message.Trim();
    }
}
