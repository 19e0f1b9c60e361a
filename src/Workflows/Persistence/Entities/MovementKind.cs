namespace Requisition.Workflows.Persistence.Entities;

/// <summary>What a line of the stock card (kartu stok) records.</summary>
public enum MovementKind
{
    /// <summary>The balance carried in when the ledger starts (saldo awal).</summary>
    Opening = 0,
    /// <summary>Taken into stock from a delivery (penerimaan).</summary>
    Receipt = 1,
    /// <summary>Issued to patients, a sub-unit or a puskesmas (pengeluaran).</summary>
    Issue = 2,
    /// <summary>Lost, damaged or expired and taken out (rusak/ED/hilang).</summary>
    Loss = 3,
    /// <summary>A correction after a stock count (stock opname); may be in or out.</summary>
    Adjustment = 4,
}
