namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>
/// One version of a workflow, loaded from a data file in <c>workflows/</c>. Immutable once loaded: an
/// instance keeps running on the version it started on.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly Dictionary<string, ActivityDefinition> _byId;

    public WorkflowDefinition(string id, int version, string start, IReadOnlyList<ActivityDefinition> activities, string file, string? name = null)
    {
        Id = id;
        Version = version;
        Start = start;
        Activities = activities;
        File = file;
        Name = name ?? id;
        _byId = activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The workflow's id, e.g. "lplpo-monthly"; all versions share it.</summary>
    public string Id { get; }

    public int Version { get; }

    /// <summary>A name for people.</summary>
    public string Name { get; }

    /// <summary>The id of the first activity.</summary>
    public string Start { get; }

    public IReadOnlyList<ActivityDefinition> Activities { get; }

    /// <summary>The file it was loaded from, as shown in messages.</summary>
    public string File { get; }

    public ActivityDefinition? Find(string activityId) => _byId.GetValueOrDefault(activityId);

    public ActivityDefinition Activity(string activityId) => Find(activityId)
        ?? throw new DefinitionNotFoundException($"{File}: {Id} v{Version} has no activity '{activityId}'");

    public override string ToString() => $"{Id} v{Version}";
}
