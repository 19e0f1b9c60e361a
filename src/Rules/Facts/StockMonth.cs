namespace Requisition.Rules.Facts;

/// <summary>One month of a stock card (kartu stok) summary, one row of <c>history.csv</c>.</summary>
/// <param name="Opening">Opening stock (stok awal).</param>
/// <param name="Received">Received in the month (penerimaan).</param>
/// <param name="Used">Used, issued to patients or sub-units (pemakaian).</param>
/// <param name="Lost">Lost, damaged or expired (rusak/ED/hilang).</param>
/// <param name="Closing">Closing stock (sisa stok).</param>
/// <param name="StockoutDays">Days in the month with no stock (hari kekosongan).</param>
public sealed record StockMonth(
    FacilityId Facility,
    DrugCode DrugCode,
    Period Period,
    long Opening,
    long Received,
    long Used,
    long Lost,
    long Closing,
    int StockoutDays)
{
    public ItemKey Key => new(Facility, DrugCode);
}
