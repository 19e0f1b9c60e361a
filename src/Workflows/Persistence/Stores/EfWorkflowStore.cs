using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Stores;

/// <summary>
/// <see cref="IWorkflowStore"/> on a <see cref="RequisitionDbContext"/>, one store per unit of work. Reads return
/// copies of committed rows (never this unit's staged changes, and a changed copy is not saved unless staged);
/// <c>Add</c>, <c>Update</c>, <c>Remove</c> and <c>Append</c> stage changes in the context, which its owner commits
/// with <c>SaveChangesAsync</c> together with the action's domain changes. That commit checks and increments
/// <see cref="WorkflowInstance.Revision"/>, and fails with <see cref="WorkflowConflictException"/> when an instance
/// is stale, a bookmark was deleted since it was read (a task taken twice) or its claim changed since this unit
/// first read it (two hosts claiming one timer).
/// </summary>
public sealed class EfWorkflowStore(RequisitionDbContext db) : IWorkflowStore
{
    /// <summary>Each bookmark's claim as this unit first read it: the concurrency token of its update or delete.</summary>
    private readonly Dictionary<Guid, (string? By, DateTimeOffset? Until)> _claimsAsRead = [];

    private IQueryable<WorkflowInstance> Instances => db.WorkflowInstances.AsNoTracking();

    private IQueryable<Bookmark> Bookmarks => db.Bookmarks.AsNoTracking();

    public Task<WorkflowInstance?> FindInstanceAsync(Guid id, CancellationToken cancellationToken = default) =>
        Instances.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task<WorkflowInstance?> FindOpenAsync(string definitionId, string correlationId, CancellationToken cancellationToken = default) =>
        Instances
            .Where(i => i.DefinitionId == definitionId && i.CorrelationId == correlationId
                && i.Status != WorkflowStatus.Completed && i.Status != WorkflowStatus.Cancelled)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkflowInstance>> ChildrenAsync(Guid parentId, CancellationToken cancellationToken = default) =>
        await Instances
            .Where(i => i.ParentId == parentId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);

    public async Task<Bookmark?> FindBookmarkAsync(Guid id, CancellationToken cancellationToken = default) =>
        Remember(await Bookmarks.FirstOrDefaultAsync(b => b.Id == id, cancellationToken));

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        Remember(await Bookmarks
            .Where(b => b.InstanceId == instanceId)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<Bookmark>> TasksAsync(
        string role, IReadOnlyCollection<string>? facilityIds, CancellationToken cancellationToken = default)
    {
        var tasks = Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask && b.Role == role);
        if (facilityIds is not null)
        {
            var scope = facilityIds.ToArray();
            tasks = tasks.Where(b => b.FacilityId != null && scope.Contains(b.FacilityId));
        }
        return Remember(await tasks.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<Bookmark>> DueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        Remember(await Bookmarks
            .Where(b => b.Kind == BookmarkKind.Timer && b.DueAt != null && b.DueAt <= now
                && (b.ClaimedUntil == null || b.ClaimedUntil <= now))
            .OrderBy(b => b.DueAt).ThenBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .Take(max)
            .ToListAsync(cancellationToken));

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await db.Journal
            .AsNoTracking()
            .Where(e => e.InstanceId == instanceId)
            .OrderBy(e => e.Id)
            .ToListAsync(cancellationToken);

    public void Add(WorkflowInstance instance) => db.WorkflowInstances.Add(instance);

    /// <summary>The copy's <see cref="WorkflowInstance.Revision"/> is the one the row must still have on commit.</summary>
    public void Update(WorkflowInstance instance)
    {
        var entry = Staged(db.WorkflowInstances.Local.FindEntry(instance.Id), instance) ?? db.WorkflowInstances.Attach(instance);
        if (entry.State == EntityState.Unchanged)
            entry.State = EntityState.Modified;
    }

    public void Add(Bookmark bookmark) => db.Bookmarks.Add(bookmark);

    public void Remove(Bookmark bookmark)
    {
        var entry = db.Bookmarks.Local.FindEntry(bookmark.Id) ?? AttachAsRead(bookmark);
        // Created and resumed in the same unit of work: it never reaches the database.
        entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
    }

    public void Update(Bookmark bookmark)
    {
        if (!_claimsAsRead.ContainsKey(bookmark.Id) && db.Bookmarks.Local.FindEntry(bookmark.Id) is null)
        {
            throw new InvalidOperationException(
                $"Bookmark {bookmark.Id} was not read in this unit of work; read it through the store before changing its claim.");
        }
        var entry = Staged(db.Bookmarks.Local.FindEntry(bookmark.Id), bookmark) ?? AttachAsRead(bookmark);
        if (entry.State == EntityState.Unchanged)
            entry.State = EntityState.Modified;
    }

    public void Append(JournalEntry entry) => db.Journal.Add(entry);

    /// <summary>
    /// A row this unit staged already (through another copy): the new copy's values replace the staged ones, and the
    /// original values (what the commit checks) stay. A removed bookmark stays removed.
    /// </summary>
    private static EntityEntry<T>? Staged<T>(EntityEntry<T>? tracked, T copy)
        where T : class
    {
        if (tracked is null || tracked.State == EntityState.Deleted) return tracked;
        if (!ReferenceEquals(tracked.Entity, copy))
            tracked.CurrentValues.SetValues(copy);
        return tracked;
    }

    /// <summary>Attaches a copy with the claim this unit read as its original claim (or its own, if never read).</summary>
    private EntityEntry<Bookmark> AttachAsRead(Bookmark bookmark)
    {
        var entry = db.Bookmarks.Attach(bookmark);
        if (_claimsAsRead.TryGetValue(bookmark.Id, out var read))
        {
            entry.Property(b => b.ClaimedBy).OriginalValue = read.By;
            entry.Property(b => b.ClaimedUntil).OriginalValue = read.Until;
        }
        return entry;
    }

    private Bookmark? Remember(Bookmark? bookmark)
    {
        if (bookmark is not null)
            _claimsAsRead.TryAdd(bookmark.Id, (bookmark.ClaimedBy, bookmark.ClaimedUntil));
        return bookmark;
    }

    private List<Bookmark> Remember(List<Bookmark> bookmarks)
    {
        foreach (var bookmark in bookmarks) Remember(bookmark);
        return bookmarks;
    }
}
