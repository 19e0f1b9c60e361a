using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Runtime;

/// <summary>
/// One unit of work over an <see cref="InMemoryWorkflowDatabase"/>, behaving like the database would: reads
/// return copies of committed rows (never this unit's staged changes), <see cref="Commit"/> applies all staged
/// changes or none, and refuses a stale instance revision, a bookmark already taken, a claim changed since it
/// was read, and a second open instance about the same thing.
/// </summary>
internal sealed class InMemoryWorkflowStore(InMemoryWorkflowDatabase database) : IWorkflowStore
{
    private readonly List<WorkflowInstance> _addedInstances = [];
    private readonly List<WorkflowInstance> _updatedInstances = [];
    private readonly List<Bookmark> _addedBookmarks = [];
    private readonly List<Bookmark> _removedBookmarks = [];
    private readonly List<Bookmark> _updatedBookmarks = [];
    private readonly List<JournalEntry> _journal = [];
    private readonly Dictionary<Guid, (string? By, DateTimeOffset? Until)> _claimsAsRead = [];

    public bool HasChanges =>
        _addedInstances.Count + _updatedInstances.Count + _addedBookmarks.Count + _removedBookmarks.Count + _updatedBookmarks.Count + _journal.Count > 0;

    public Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken = default) =>
        Read(() => database.InstanceRows.GetValueOrDefault(id) is { } row ? Copy.Of(row) : null);

    public Task<WorkflowInstance?> FindOpenAsync(string definitionId, string correlationId, CancellationToken cancellationToken = default) =>
        Read(() => database.InstanceRows.Values
            .Where(i => i.DefinitionId == definitionId && i.CorrelationId == correlationId && IsOpen(i))
            .Select(Copy.Of).FirstOrDefault());

    public Task<IReadOnlyList<WorkflowInstance>> ChildrenAsync(Guid parentId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<WorkflowInstance>>(() => database.InstanceRows.Values.Where(i => i.ParentId == parentId).Select(Copy.Of).ToList());

    public Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken = default) =>
        Read(() => database.BookmarkRows.GetValueOrDefault(id) is { } row ? Remember(row) : null);

    public Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadBookmarks(b => b.InstanceId == instanceId, int.MaxValue);

    public Task<IReadOnlyList<Bookmark>> TasksAsync(string role, IReadOnlyCollection<string>? facilityIds, CancellationToken cancellationToken = default) =>
        ReadBookmarks(b => b.Kind == BookmarkKind.HumanTask && b.Role == role && (facilityIds is null || b.FacilityId is null || facilityIds.Contains(b.FacilityId)), int.MaxValue);

    public Task<IReadOnlyList<Bookmark>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ReadBookmarks(b => b.Kind == BookmarkKind.Timer && b.DueAt <= now && (b.ClaimedUntil is null || b.ClaimedUntil <= now), max);

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<JournalEntry>>(() => database.JournalRows.Where(e => e.InstanceId == instanceId).OrderBy(e => e.Id).Select(Copy.Of).ToList());

    public void Add(WorkflowInstance instance) => _addedInstances.Add(instance);

    public void Update(WorkflowInstance instance) => _updatedInstances.Add(instance);

    public void Add(Bookmark bookmark) => _addedBookmarks.Add(bookmark);

    public void Remove(Bookmark bookmark) => _removedBookmarks.Add(bookmark);

    public void Update(Bookmark bookmark) => _updatedBookmarks.Add(bookmark);

    public void Append(JournalEntry entry) => _journal.Add(entry);

    /// <summary>Applies every staged change at once, or throws <see cref="WorkflowConflictException"/> and applies none.</summary>
    public void Commit()
    {
        try
        {
            lock (database.Gate)
            {
                Check();
                Apply();
                database.Commits++;
            }
        }
        finally
        {
            Clear();
        }
    }

    private void Check()
    {
        foreach (var instance in _updatedInstances)
        {
            if (!database.InstanceRows.TryGetValue(instance.Id, out var row) || row.Revision != instance.Revision)
                throw new WorkflowConflictException($"instance {instance.Id} changed since it was read (revision {instance.Revision})");
        }
        foreach (var instance in _addedInstances)
        {
            if (database.InstanceRows.ContainsKey(instance.Id)) throw new WorkflowConflictException($"instance {instance.Id} exists");
            var clash = database.InstanceRows.Values.Where(i => !_updatedInstances.Any(u => u.Id == i.Id && !IsOpen(u))).Concat(_addedInstances)
                .Any(i => i != instance && IsOpen(i) && IsOpen(instance) && i.DefinitionId == instance.DefinitionId && i.CorrelationId == instance.CorrelationId);
            if (clash) throw new WorkflowConflictException($"{instance.DefinitionId} {instance.CorrelationId} already has an open instance");
        }
        foreach (var bookmark in _removedBookmarks.Concat(_updatedBookmarks))
        {
            if (!database.BookmarkRows.TryGetValue(bookmark.Id, out var row))
                throw new WorkflowConflictException($"bookmark '{bookmark.Name}' ({bookmark.Id}) was already taken");
            if (_claimsAsRead.TryGetValue(bookmark.Id, out var read) && (row.ClaimedBy, row.ClaimedUntil) != read)
                throw new WorkflowConflictException($"bookmark '{bookmark.Name}' was claimed by {row.ClaimedBy} meanwhile");
        }
        foreach (var bookmark in _addedBookmarks)
        {
            var owner = database.InstanceRows.ContainsKey(bookmark.InstanceId) || _addedInstances.Any(i => i.Id == bookmark.InstanceId);
            if (!owner || database.BookmarkRows.ContainsKey(bookmark.Id))
                throw new InvalidOperationException($"bookmark {bookmark.Id}: no owning instance, or the id exists");
        }
    }

    private void Apply()
    {
        foreach (var instance in _addedInstances.Concat(_updatedInstances))
        {
            instance.Revision = database.InstanceRows.ContainsKey(instance.Id) ? instance.Revision + 1 : instance.Revision;
            database.InstanceRows[instance.Id] = Copy.Of(instance);
        }
        foreach (var bookmark in _removedBookmarks) database.BookmarkRows.Remove(bookmark.Id);
        foreach (var bookmark in _updatedBookmarks.Where(b => !_removedBookmarks.Any(r => r.Id == b.Id)))
            database.BookmarkRows[bookmark.Id] = Copy.Of(bookmark);
        foreach (var bookmark in _addedBookmarks) database.BookmarkRows[bookmark.Id] = Copy.Of(bookmark);
        foreach (var entry in _journal)
        {
            entry.Id = ++database.LastJournalId;
            database.JournalRows.Add(Copy.Of(entry));
        }
    }

    private void Clear()
    {
        _addedInstances.Clear();
        _updatedInstances.Clear();
        _addedBookmarks.Clear();
        _removedBookmarks.Clear();
        _updatedBookmarks.Clear();
        _journal.Clear();
        _claimsAsRead.Clear();
    }

    private Task<IReadOnlyList<Bookmark>> ReadBookmarks(Func<Bookmark, bool> where, int max) =>
        Read<IReadOnlyList<Bookmark>>(() => database.BookmarkRows.Values.Where(where)
            .OrderBy(b => b.Kind == BookmarkKind.Timer ? b.DueAt : b.CreatedAt).ThenBy(b => b.CreatedAt)
            .Take(max).Select(Remember).ToList());

    /// <summary>The claim as first read is this unit's concurrency token for the bookmark.</summary>
    private Bookmark Remember(Bookmark row)
    {
        _claimsAsRead.TryAdd(row.Id, (row.ClaimedBy, row.ClaimedUntil));
        return Copy.Of(row);
    }

    private Task<T> Read<T>(Func<T> read)
    {
        lock (database.Gate) return Task.FromResult(read());
    }

    private static bool IsOpen(WorkflowInstance i) => i.Status is not (WorkflowStatus.Completed or WorkflowStatus.Cancelled);
}
