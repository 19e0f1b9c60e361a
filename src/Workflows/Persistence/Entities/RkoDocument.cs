using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>A facility's annual plan of drug needs (RKO, Rencana Kebutuhan Obat).</summary>
public sealed class RkoDocument
{
    public long Id { get; set; }

    public FacilityId FacilityId { get; set; }

    /// <summary>The year planned for; one RKO per facility per year.</summary>
    public int Year { get; set; }

    public RkoMethod Method { get; set; }

    public PlanStatus Status { get; set; }

    /// <summary>The drug budget (anggaran obat) the plan was fitted to, in rupiah, when one was given.</summary>
    public decimal? Budget { get; set; }

    /// <summary>The threshold set version whose planning settings (safety %, lead time) computed the lines.</summary>
    public string? ThresholdVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? EstablishedBy { get; set; }

    public DateTimeOffset? EstablishedAt { get; set; }

    /// <summary>The workflow instance that carries this document through its steps.</summary>
    public Guid? WorkflowInstanceId { get; set; }

    public List<RkoItem> Lines { get; set; } = [];
}
