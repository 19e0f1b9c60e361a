using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Definitions;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>
/// Everything one runner call reads and changes. Reads go to the store once per instance; changes are kept
/// here and staged in the store only at the end (<see cref="FlushAsync"/>), so a call that throws stages
/// nothing. The runner never relies on the store showing its own staged changes.
/// </summary>
internal sealed class ExecutionScope(IWorkflowStore store, WorkflowDefinitionCatalog catalog, DateTimeOffset now, CancellationToken cancellationToken)
{
    private readonly Dictionary<Guid, InstanceState> _states = [];
    private readonly List<InstanceState> _touched = [];
    private readonly List<Bookmark> _added = [];
    private readonly Dictionary<Guid, Bookmark> _removed = [];
    private readonly List<JournalEntry> _journal = [];
    private bool _flushed;

    public DateTimeOffset Now { get; } = now;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public async Task<InstanceState?> LoadAsync(Guid id)
    {
        if (_states.TryGetValue(id, out var known)) return known;
        var instance = await store.FindInstanceAsync(id, CancellationToken);
        if (instance is null) return null;
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var variables = JsonNode.Parse(instance.VariablesJson) as JsonObject ?? [];
        return Track(new InstanceState(instance, definition, variables, isNew: false));
    }

    public InstanceState Create(WorkflowDefinition definition, string correlationId, string? facilityId, JsonObject variables, Guid? parentId)
    {
        var instance = new WorkflowInstance
        {
            Id = Guid.CreateVersion7(Now),
            DefinitionId = definition.Id,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            CorrelationId = correlationId,
            FacilityId = facilityId,
            ParentId = parentId,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        return Track(new InstanceState(instance, definition, (JsonObject)variables.DeepClone(), isNew: true) { Dirty = true });
    }

    /// <summary>What the instance waits on as of this call: stored bookmarks less those removed, plus those added.</summary>
    public async Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(Guid instanceId)
    {
        var stored = _states.TryGetValue(instanceId, out var state) && state.IsNew
            ? []
            : await store.BookmarksAsync(instanceId, CancellationToken);
        return stored.Where(b => !_removed.ContainsKey(b.Id) && _added.All(a => a.Id != b.Id))
            .Concat(_added.Where(b => b.InstanceId == instanceId))
            .OrderBy(b => b.CreatedAt)
            .ToList();
    }

    /// <summary>The instance's children as of this call (stored ones with this call's changes, and new ones).</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> ChildrenOfAsync(Guid parentId)
    {
        var children = new Dictionary<Guid, WorkflowInstance>();
        if (!(_states.TryGetValue(parentId, out var parent) && parent.IsNew))
        {
            foreach (var child in await store.ChildrenAsync(parentId, CancellationToken))
                children[child.Id] = _states.TryGetValue(child.Id, out var state) ? state.Instance : child;
        }
        foreach (var state in _touched.Where(s => s.Instance.ParentId == parentId)) children[state.Id] = state.Instance;
        return children.Values.ToList();
    }

    public void AddBookmark(Bookmark bookmark) => _added.Add(bookmark);

    public void RemoveBookmark(Bookmark bookmark)
    {
        if (_added.RemoveAll(b => b.Id == bookmark.Id) == 0) _removed[bookmark.Id] = bookmark;
    }

    public JournalEntry Journal(InstanceState state, string activityId, string kind, Actor actor, JsonObject? input = null)
    {
        var entry = new JournalEntry
        {
            InstanceId = state.Id,
            ActivityId = activityId,
            Kind = kind,
            UserId = actor.UserId,
            Role = actor.Role,
            At = Now,
            InputJson = input?.ToJsonString(RuntimeJson.Options) ?? "{}",
        };
        _journal.Add(entry);
        return entry;
    }

    /// <summary>Stages every change of the call in the store (once) and describes it; the caller commits.</summary>
    public async Task<WorkflowRunResult> FlushAsync(InstanceState main)
    {
        if (_flushed) throw new InvalidOperationException("this call's changes are already staged");
        _flushed = true;
        var waitingOn = await BookmarksOfAsync(main.Id);
        var changed = new List<WorkflowInstance>();
        foreach (var state in _touched.Where(s => s.Dirty))
        {
            state.Instance.VariablesJson = state.Variables.ToJsonString(RuntimeJson.Options);
            state.Instance.UpdatedAt = Now;
            if (state.IsNew) store.Add(state.Instance);
            else store.Update(state.Instance);
            changed.Add(state.Instance);
        }
        foreach (var bookmark in _removed.Values) store.Remove(bookmark);
        foreach (var bookmark in _added) store.Add(bookmark);
        foreach (var entry in _journal) store.Append(entry);
        return new WorkflowRunResult(main.Instance, waitingOn, _journal.ToList(), changed);
    }

    private InstanceState Track(InstanceState state)
    {
        _states[state.Id] = state;
        _touched.Add(state);
        return state;
    }
}
