using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Runtime;

/// <summary>
/// The committed rows several <see cref="InMemoryWorkflowStore"/> units of work share, as host processes share
/// one database. Tests read it to see what was really saved.
/// </summary>
internal sealed class InMemoryWorkflowDatabase
{
    internal readonly Lock Gate = new();
    internal readonly Dictionary<Guid, WorkflowInstance> InstanceRows = [];
    internal readonly Dictionary<Guid, Bookmark> BookmarkRows = [];
    internal readonly List<JournalEntry> JournalRows = [];
    internal long LastJournalId;

    public int Commits { get; internal set; }

    public IReadOnlyList<WorkflowInstance> Instances
    {
        get
        {
            lock (Gate) return InstanceRows.Values.Select(Copy.Of).ToList();
        }
    }

    public IReadOnlyList<Bookmark> Bookmarks
    {
        get
        {
            lock (Gate) return BookmarkRows.Values.OrderBy(b => b.CreatedAt).Select(Copy.Of).ToList();
        }
    }

    public IReadOnlyList<JournalEntry> Journal
    {
        get
        {
            lock (Gate) return JournalRows.Select(Copy.Of).ToList();
        }
    }

    public WorkflowInstance Instance(Guid id) => Instances.Single(i => i.Id == id);

    public IReadOnlyList<Bookmark> BookmarksOf(Guid instanceId) => Bookmarks.Where(b => b.InstanceId == instanceId).ToList();

    public IReadOnlyList<JournalEntry> JournalOf(Guid instanceId) => Journal.Where(e => e.InstanceId == instanceId).ToList();
}
