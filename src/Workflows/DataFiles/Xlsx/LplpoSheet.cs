namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>An LPLPO (laporan pemakaian dan lembar permintaan obat) as one worksheet: its header block and item rows.</summary>
public sealed record LplpoSheet(LplpoSheetHeader Header, IReadOnlyList<LplpoSheetLine> Lines);
