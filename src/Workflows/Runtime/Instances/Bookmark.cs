namespace Requisition.Workflows.Runtime.Instances;

/// <summary>
/// A point where an instance waits, persisted so any host process can resume it. Resuming deletes the
/// bookmark in the same transaction as the action: of two concurrent resumes exactly one succeeds.
/// </summary>
public sealed class Bookmark
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The activity (in the instance's definition version) that resumes.</summary>
    public string ActivityId { get; set; } = "";

    public BookmarkKind Kind { get; set; }

    /// <summary>The task's name for people (e.g. "review-lplpo"), or the timer's purpose.</summary>
    public string Name { get; set; } = "";

    /// <summary>For a human task: the role that may act.</summary>
    public string? Role { get; set; }

    /// <summary>For a human task: the facility whose users may act (scope).</summary>
    public string? FacilityId { get; set; }

    /// <summary>When the task is due, or when the timer fires.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The outcomes a person may choose (JSON array), e.g. ["approve","return"].</summary>
    public string OutcomesJson { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A host process that claimed a due timer (claims live in the database, not in memory).</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}
