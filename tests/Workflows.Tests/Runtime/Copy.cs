using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Runtime;

/// <summary>Row copies: what a database hands out is never the object it keeps.</summary>
internal static class Copy
{
    public static WorkflowInstance Of(WorkflowInstance i) => new()
    {
        Id = i.Id, DefinitionId = i.DefinitionId, DefinitionVersion = i.DefinitionVersion, Status = i.Status,
        CorrelationId = i.CorrelationId, FacilityId = i.FacilityId, ParentId = i.ParentId, VariablesJson = i.VariablesJson,
        CreatedAt = i.CreatedAt, UpdatedAt = i.UpdatedAt, Revision = i.Revision,
    };

    public static Bookmark Of(Bookmark b) => new()
    {
        Id = b.Id, InstanceId = b.InstanceId, ActivityId = b.ActivityId, Kind = b.Kind, Name = b.Name, Role = b.Role,
        FacilityId = b.FacilityId, DueAt = b.DueAt, OutcomesJson = b.OutcomesJson, CreatedAt = b.CreatedAt,
        ClaimedBy = b.ClaimedBy, ClaimedUntil = b.ClaimedUntil,
    };

    public static JournalEntry Of(JournalEntry e) => new()
    {
        Id = e.Id, InstanceId = e.InstanceId, ActivityId = e.ActivityId, Kind = e.Kind, UserId = e.UserId, Role = e.Role,
        At = e.At, InputJson = e.InputJson, Outcome = e.Outcome, FlagsJson = e.FlagsJson, ThresholdVersion = e.ThresholdVersion,
    };
}
