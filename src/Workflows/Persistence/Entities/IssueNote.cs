using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>An issue note (SBBK, Surat Bukti Barang Keluar): the batches sent with one delivery.</summary>
public sealed class IssueNote
{
    public long Id { get; set; }

    /// <summary>The document number printed on the SBBK; unique.</summary>
    public string Number { get; set; } = "";

    public FacilityId FromId { get; set; }

    public FacilityId ToId { get; set; }

    /// <summary>The LPLPO the delivery answers, if any.</summary>
    public long? LplpoId { get; set; }

    public string IssuedBy { get; set; } = "";

    public DateTimeOffset IssuedAt { get; set; }

    public List<IssueNoteLine> Lines { get; set; } = [];
}
