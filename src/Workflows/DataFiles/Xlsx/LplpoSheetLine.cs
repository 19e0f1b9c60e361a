namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// One item row of the LPLPO form as the sheet holds it. Persediaan (supply = stok awal + penerimaan) is not kept: the
/// writer prints it and the reader checks it.
/// </summary>
/// <param name="Row">The worksheet row number (1-based); ignored by the writer.</param>
/// <param name="Group">The item group heading the row is under ("OBAT", "OBAT PROGRAM", "BMHP" ...), if any.</param>
/// <param name="Opening">Stok awal.</param>
/// <param name="Received">Penerimaan.</param>
/// <param name="Used">Pemakaian.</param>
/// <param name="Lost">Rusak/ED/hilang.</param>
/// <param name="Closing">Sisa stok as reported.</param>
/// <param name="StockoutDays">Hari kosong (days without stock), when given.</param>
/// <param name="Optimum">Stok optimum, when given.</param>
/// <param name="Requested">Permintaan.</param>
/// <param name="Given">Pemberian, filled by the IFK on review.</param>
/// <param name="Note">Keterangan.</param>
public sealed record LplpoSheetLine(int Row, string? Group, string DrugCode, string Name, string Unit,
    long Opening, long Received, long Used, long Lost, long Closing, int? StockoutDays, long? Optimum, long Requested,
    long? Given, string? Note);
