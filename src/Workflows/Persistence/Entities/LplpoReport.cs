using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// An LPLPO (Laporan Pemakaian dan Lembar Permintaan Obat): a facility's report of use and request for one
/// period, sent to its supplier, or an emergency request (permintaan cito) of the same shape.
/// </summary>
public sealed class LplpoReport
{
    public long Id { get; set; }

    /// <summary>The reporting facility (puskesmas or sub-unit).</summary>
    public FacilityId FacilityId { get; set; }

    /// <summary>Who reviews and supplies it: the IFK, or the puskesmas of a sub-unit.</summary>
    public FacilityId SupplierId { get; set; }

    /// <summary>The reporting month (periode).</summary>
    public Period Period { get; set; }

    public LplpoKind Kind { get; set; }

    /// <summary>Why an emergency request cannot wait for the cycle.</summary>
    public string? Justification { get; set; }

    public LplpoStatus Status { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>When it reached the supplier (late after the due day).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The workflow instance that carries this document through its steps.</summary>
    public Guid? WorkflowInstanceId { get; set; }

    /// <summary>Why the reviewer last returned it for revision (cleared when it is submitted again).</summary>
    public string? ReturnReason { get; set; }

    /// <summary>Goes up by one with every command that changes the LPLPO; a concurrency token (the API's ETag).</summary>
    public int Revision { get; set; }

    public List<LplpoItem> Lines { get; set; } = [];
}
