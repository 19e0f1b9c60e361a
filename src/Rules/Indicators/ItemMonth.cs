using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>One month of an item's stock movement, from the stock card (kartu stok) or, failing that, the LPLPO.</summary>
/// <param name="Received">Received in the month (penerimaan).</param>
/// <param name="Used">Used, issued to patients or sub-units (pemakaian).</param>
/// <param name="Closing">Closing stock (sisa stok).</param>
/// <param name="StockoutDays">Days without stock (hari kekosongan); always 0 from an LPLPO, which does not report them.</param>
public readonly record struct ItemMonth(Period Period, long Received, long Used, long Closing, int StockoutDays);
