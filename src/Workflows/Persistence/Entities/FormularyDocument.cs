using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>A facility's formulary (formularium puskesmas) for one year: the drugs it chose from DOEN and FORNAS.</summary>
public sealed class FormularyDocument
{
    public long Id { get; set; }

    public FacilityId FacilityId { get; set; }

    /// <summary>The year the formulary applies to; one formulary per facility per year.</summary>
    public int Year { get; set; }

    public PlanStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The head of puskesmas who established it.</summary>
    public string? EstablishedBy { get; set; }

    public DateTimeOffset? EstablishedAt { get; set; }

    /// <summary>The workflow instance that carries this document through its steps.</summary>
    public Guid? WorkflowInstanceId { get; set; }

    public List<FormularyItem> Items { get; set; } = [];
}
