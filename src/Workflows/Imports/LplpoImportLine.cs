using Requisition.Rules.Facts;

namespace Requisition.Workflows.Imports;

/// <summary>
/// One item line of an LPLPO file as imported, from <c>lplpo.csv</c> or the official workbook: the row it is on and the
/// values as written (stok awal .. keterangan). Null: not given in the file.
/// </summary>
internal sealed record LplpoImportLine(
    int Row, DrugCode DrugCode, long Opening, long Received, long Used, long Lost, long Closing, int? StockoutDays,
    long? Optimum, long Requested, long? Given, string? Note);
