using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One line of an LPLPO (see <c>LplpoLine</c> for the arithmetic).</summary>
public sealed class LplpoItem
{
    public long LplpoId { get; set; }

    public DrugCode DrugCode { get; set; }

    /// <summary>Opening stock (stok awal).</summary>
    public long Opening { get; set; }

    /// <summary>Received this period (penerimaan).</summary>
    public long Received { get; set; }

    /// <summary>Used (pemakaian).</summary>
    public long Used { get; set; }

    /// <summary>Lost, damaged or expired (rusak/ED/hilang).</summary>
    public long Lost { get; set; }

    /// <summary>Closing stock as reported (sisa stok).</summary>
    public long Closing { get; set; }

    /// <summary>Days of the period without stock (hari kekosongan).</summary>
    public int StockoutDays { get; set; }

    /// <summary>Target stock (stok optimum), when computed or reported.</summary>
    public long? Optimum { get; set; }

    /// <summary>Requested quantity (permintaan).</summary>
    public long Requested { get; set; }

    /// <summary>Remark (keterangan); required when the given quantity differs from the request.</summary>
    public string? Note { get; set; }

    /// <summary>The category of the reviewer's reason for an adjustment.</summary>
    public AdjustmentReason? ReasonCategory { get; set; }

    /// <summary>What the supplier gave (pemberian), per funding source; empty until reviewed.</summary>
    public List<LplpoGiven> Given { get; set; } = [];
}
