using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// What a facility holds of one batch of one item from one funding source (sisa stok per batch): the sum of that
/// batch's stock movements, kept by every save that adds movements (<c>Saving/StockBalances</c>), so reading a stock
/// card does not sum its whole history. Never added or changed through the context: the movements are the record,
/// this is their running total.
/// </summary>
public sealed class StockBalance
{
    public FacilityId FacilityId { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>Batch number (nomor batch).</summary>
    public string Batch { get; set; } = "";

    /// <summary>Expiry date (tanggal kedaluwarsa) of the batch.</summary>
    public DateOnly Expiry { get; set; }

    /// <summary>Funding source (sumber dana) the batch was bought from.</summary>
    public FundSource FundSource { get; set; }

    /// <summary>The sum of the batch's movements; zero once it is used up (kept, like the key's movements).</summary>
    public long Quantity { get; set; }

    /// <summary>The highest unit price in rupiah any of the batch's movements carries; null when none carries one.</summary>
    public decimal? UnitPrice { get; set; }
}
