namespace Requisition.Workflows.Runtime.Instances;

/// <summary>
/// One run of a workflow definition, as persisted. It keeps the definition version it started on; a
/// newer version of the definition applies only to new instances.
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; set; }

    public string DefinitionId { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public WorkflowStatus Status { get; set; }

    /// <summary>What the instance is about, e.g. "lplpo:PKM-CIBEBER:2026-10"; unique among open instances of a definition.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>The facility the instance belongs to (for scope checks and queues).</summary>
    public string? FacilityId { get; set; }

    /// <summary>The instance that fanned this one out, if any.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>Workflow variables as a JSON object (ids of the documents it moves, counters, decisions).</summary>
    public string VariablesJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: every save increments it; a save from a stale copy is refused.</summary>
    public long Revision { get; set; }
}
