namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>
/// Every loaded version of every workflow. New instances start on the latest version; a running instance
/// is resumed on the exact version it started on, so a version, once added, never changes. Safe to read
/// while another thread adds a new version.
/// </summary>
public sealed class WorkflowDefinitionCatalog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedList<int, WorkflowDefinition>> _byId = new(StringComparer.Ordinal);

    public WorkflowDefinitionCatalog()
    {
    }

    public WorkflowDefinitionCatalog(IEnumerable<WorkflowDefinition> definitions) => AddRange(definitions);

    /// <summary>Loads every definition under <paramref name="folder"/> (see <see cref="WorkflowDefinitionLoader.LoadDirectory"/>).</summary>
    public static WorkflowDefinitionCatalog LoadDirectory(string folder, Activities.ActivityRegistry registry) =>
        new(new WorkflowDefinitionLoader(registry).LoadDirectory(folder));

    /// <summary>Adds a version; refuses an id and version already present (a version never changes once loaded).</summary>
    public void Add(WorkflowDefinition definition)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(definition.Id, out var versions)) _byId[definition.Id] = versions = [];
            if (versions.TryGetValue(definition.Version, out var existing))
            {
                throw new WorkflowDefinitionException(DefinitionError.At(definition.File, "$.version",
                    $"{definition} is already loaded from {existing.File}; a new version needs a new number"));
            }
            versions.Add(definition.Version, definition);
        }
    }

    public void AddRange(IEnumerable<WorkflowDefinition> definitions)
    {
        foreach (var definition in definitions) Add(definition);
    }

    public IReadOnlyCollection<string> Ids
    {
        get
        {
            lock (_gate) return _byId.Keys.ToList();
        }
    }

    /// <summary>The highest version of <paramref name="id"/>: what new instances start on.</summary>
    public WorkflowDefinition Latest(string id)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(id, out var versions) && versions.Count > 0) return versions.Values[^1];
        }
        throw new DefinitionNotFoundException($"no workflow definition '{id}' is loaded");
    }

    /// <summary>One exact version: what a running instance resumes on.</summary>
    public WorkflowDefinition Get(string id, int version)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(id, out var versions) && versions.TryGetValue(version, out var definition)) return definition;
        }
        throw new DefinitionNotFoundException($"workflow definition '{id}' v{version} is not loaded");
    }

    public IReadOnlyList<WorkflowDefinition> Versions(string id)
    {
        lock (_gate) return _byId.TryGetValue(id, out var versions) ? versions.Values.ToList() : [];
    }
}
