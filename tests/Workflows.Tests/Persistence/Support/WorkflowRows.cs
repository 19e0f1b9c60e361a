using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Persistence.Support;

/// <summary>Workflow instances, bookmarks and journal entries for store tests; subjects are unique per call.</summary>
internal static class WorkflowRows
{
    /// <summary>Monday 2 November 2026, 08:00 WIB.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(7));

    public static WorkflowInstance Instance(string definitionId = "lplpo", string? correlationId = null, Guid? parentId = null) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = definitionId,
        DefinitionVersion = 1,
        Status = WorkflowStatus.Suspended,
        CorrelationId = correlationId ?? $"lplpo:PKM-{Guid.NewGuid():N}:2026-10",
        FacilityId = "PKM-CIBEBER",
        ParentId = parentId,
        VariablesJson = "{}",
        CreatedAt = Monday,
        UpdatedAt = Monday,
    };

    public static Bookmark Task(WorkflowInstance instance, string role, string? facilityId, DateTimeOffset createdAt, string name = "review-lplpo") => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instance.Id,
        ActivityId = name,
        Kind = BookmarkKind.HumanTask,
        Name = name,
        Role = role,
        FacilityId = facilityId,
        OutcomesJson = """["approve","return"]""",
        CreatedAt = createdAt,
    };

    public static Bookmark Timer(WorkflowInstance instance, DateTimeOffset dueAt, string name = "due-day") => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = instance.Id,
        ActivityId = name,
        Kind = BookmarkKind.Timer,
        Name = name,
        DueAt = dueAt,
        CreatedAt = Monday,
    };

    public static JournalEntry Entry(WorkflowInstance instance, string activityId, DateTimeOffset at, string outcome = "done") => new()
    {
        InstanceId = instance.Id,
        ActivityId = activityId,
        Kind = "activity",
        UserId = "system",
        Role = "system",
        At = at,
        Outcome = outcome,
    };
}
