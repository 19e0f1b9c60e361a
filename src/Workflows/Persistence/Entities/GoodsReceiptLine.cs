namespace Requisition.Workflows.Persistence.Entities;

/// <summary>The receipt of one SBBK line (see <c>Receipt</c>).</summary>
public sealed class GoodsReceiptLine
{
    public long ReceiptId { get; set; }

    public long IssueNoteLineId { get; set; }

    /// <summary>Quantity taken into stock.</summary>
    public long Accepted { get; set; }

    /// <summary>Quantity refused (damaged, short-dated, wrong item).</summary>
    public long Rejected { get; set; }

    /// <summary>Why any quantity was refused.</summary>
    public string? Reason { get; set; }
}
