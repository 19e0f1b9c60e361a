using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// One line of a facility's stock card (kartu stok): a quantity of one batch in or out. The ledger is append-only
/// (the context and the database refuse updates and deletes); a mistake is corrected by an adjustment line, and
/// a batch's balance is the sum of its movements.
/// </summary>
public sealed class StockMovement
{
    public long Id { get; set; }

    public FacilityId FacilityId { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>Batch number (nomor batch).</summary>
    public string Batch { get; set; } = "";

    /// <summary>Expiry date (tanggal kedaluwarsa) of the batch.</summary>
    public DateOnly Expiry { get; set; }

    public FundSource FundSource { get; set; }

    public MovementKind Kind { get; set; }

    /// <summary>Signed quantity: positive into stock, negative out; never 0.</summary>
    public long Quantity { get; set; }

    /// <summary>Unit price in rupiah of the batch, when known (for stock value indicators).</summary>
    public decimal? UnitPrice { get; set; }

    /// <summary>The day the goods moved, as written on the card.</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The facility the goods came from or went to, when one did.</summary>
    public FacilityId? CounterpartyId { get; set; }

    /// <summary>The document behind the movement (SBBK number, LPLPO, stock count), as written on the card.</summary>
    public string? Document { get; set; }

    public string? Note { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}
