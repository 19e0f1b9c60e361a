namespace Requisition.Rules.Facts;

/// <summary>One line of a monthly LPLPO (Laporan Pemakaian dan Lembar Permintaan Obat).</summary>
/// <param name="Opening">Opening stock (stok awal).</param>
/// <param name="Received">Received this period (penerimaan).</param>
/// <param name="Used">Used (pemakaian).</param>
/// <param name="Lost">Lost, damaged or expired (rusak/ED/hilang).</param>
/// <param name="Closing">Closing stock as reported (sisa stok).</param>
/// <param name="Requested">Requested quantity (permintaan).</param>
/// <param name="Optimum">Target stock as reported (stok optimum), when the sheet has one.</param>
/// <param name="Given">Quantity given by the IFK (pemberian), once reviewed.</param>
/// <param name="Note">Remark (keterangan).</param>
public sealed record LplpoLine(
    FacilityId Facility,
    Period Period,
    DrugCode DrugCode,
    long Opening,
    long Received,
    long Used,
    long Lost,
    long Closing,
    long Requested,
    long? Optimum = null,
    long? Given = null,
    string? Note = null)
{
    public ItemKey Key => new(Facility, DrugCode);

    /// <summary>Supply (persediaan) = opening + received.</summary>
    public long Supply => Planning.LplpoArithmetic.Supply(Opening, Received);
}
