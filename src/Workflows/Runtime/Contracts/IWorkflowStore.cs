using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>
/// Where workflow state lives. Changes are staged in the caller's unit of work and committed by it, in
/// the same database transaction as the domain change of the same action (so state, bookmarks, journal
/// and stock move together or not at all). A stale instance (its <see cref="WorkflowInstance.Revision"/>
/// changed since it was read) or a bookmark already taken fails the commit with
/// <see cref="WorkflowConflictException"/>.
/// </summary>
public interface IWorkflowStore
{
    Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The open (not completed or cancelled) instance of a definition about one thing, if any.</summary>
    Task<WorkflowInstance?> FindOpenAsync(string definitionId, string correlationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WorkflowInstance>> ChildrenAsync(Guid parentId, CancellationToken cancellationToken = default);

    Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Human tasks a role may act on at the given facilities (null: any facility), oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> TasksAsync(string role, IReadOnlyCollection<string>? facilityIds, CancellationToken cancellationToken = default);

    /// <summary>Timers due at <paramref name="now"/> and not claimed by a live claim, oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    void Add(WorkflowInstance instance);

    /// <summary>Stages a change to an instance; the store checks and increments its revision on commit.</summary>
    void Update(WorkflowInstance instance);

    void Add(Bookmark bookmark);

    void Remove(Bookmark bookmark);

    /// <summary>
    /// Stages a change to a bookmark's claim (<see cref="Bookmark.ClaimedBy"/>, <see cref="Bookmark.ClaimedUntil"/>):
    /// a host claiming a due timer, a user claiming a task. The commit fails with
    /// <see cref="WorkflowConflictException"/> when the bookmark is gone or its claim changed since it was read
    /// (the claim columns are concurrency tokens), so of two hosts claiming the same timer exactly one wins.
    /// </summary>
    void Update(Bookmark bookmark);

    void Append(JournalEntry entry);
}
