using System.Text.Json.Nodes;

namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>One step of a workflow definition as written in its file: what runs, with which properties, and where each outcome leads.</summary>
public sealed class ActivityDefinition
{
    /// <summary>The reserved <c>next</c> key taken when the outcome has no entry of its own.</summary>
    public const string DefaultOutcomeKey = "default";

    /// <summary>Unique within the definition; bookmarks and journal entries name it.</summary>
    public required string Id { get; init; }

    /// <summary>The registered activity type, e.g. "HumanTask".</summary>
    public required string Type { get; init; }

    /// <summary>The activity's settings as written; read them through <c>ActivityProperties</c>. Do not modify.</summary>
    public JsonObject Properties { get; init; } = [];

    /// <summary>Outcome to next activity id (<c>"next": { "approve": "ship" }</c>).</summary>
    public IReadOnlyDictionary<string, string> Next { get; init; } = new Dictionary<string, string>();

    /// <summary>The one next activity for every outcome (<c>"next": "review"</c>), if written that way.</summary>
    public string? NextForAll { get; init; }

    /// <summary>The file the definition came from, as shown in messages.</summary>
    public string File { get; init; } = "";

    /// <summary>Where the activity sits in its file, e.g. "$.activities[3]".</summary>
    public string Path { get; init; } = "";

    /// <summary>True when the activity says where to go after it; false when the path ends there.</summary>
    public bool HasNext => NextForAll is not null || Next.Count > 0;

    /// <summary>The activity that follows <paramref name="outcome"/>, falling back to the "default" entry; null when none.</summary>
    public string? NextFor(string outcome)
    {
        if (NextForAll is not null) return NextForAll;
        if (Next.TryGetValue(outcome, out var id)) return id;
        return Next.TryGetValue(DefaultOutcomeKey, out var fallback) ? fallback : null;
    }

    /// <summary>The JSON path of one of the activity's properties, for messages.</summary>
    public string PathOf(string property) => $"{Path}.properties.{property}";

    /// <summary>"file: path: message" for a problem with one of the activity's properties.</summary>
    public DefinitionError ErrorAt(string property, string message) => DefinitionError.At(File, PathOf(property), message);
}
