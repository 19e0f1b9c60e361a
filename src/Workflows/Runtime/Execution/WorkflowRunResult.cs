using System.Text.Json.Nodes;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Runtime.Execution;

/// <summary>What one runner call staged. Nothing of it is saved until the caller commits its unit of work.</summary>
/// <param name="Instance">The instance the call was about, as staged.</param>
/// <param name="Bookmarks">What that instance waits on now (tasks, timers, a join), oldest first.</param>
/// <param name="Journal">The journal lines the call staged, for every instance it touched, in order.</param>
/// <param name="Changed">Every instance the call staged: this one, children it started, parents it resumed.</param>
public sealed record WorkflowRunResult(
    WorkflowInstance Instance,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<WorkflowInstance> Changed)
{
    public WorkflowStatus Status => Instance.Status;

    /// <summary>The human tasks the instance now waits on.</summary>
    public IReadOnlyList<Bookmark> Tasks => Bookmarks.Where(b => b.Kind == BookmarkKind.HumanTask).ToList();

    /// <summary>Why the instance faulted in this call, or null.</summary>
    public string? Fault => Journal.LastOrDefault(e => e.Kind == JournalKinds.Fault && e.InstanceId == Instance.Id) is { } entry
        ? JsonNode.Parse(entry.InputJson)?["error"]?.GetValue<string>()
        : null;
}
