namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The receiving facility's confirmation of one SBBK (penerimaan): what it accepted and refused per line.</summary>
public sealed class GoodsReceipt
{
    public long Id { get; set; }

    /// <summary>The SBBK received; one receipt per SBBK.</summary>
    public long IssueNoteId { get; set; }

    public string ReceivedBy { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }

    public string? Note { get; set; }

    public List<GoodsReceiptLine> Lines { get; set; } = [];
}
