namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// The LPLPO (laporan pemakaian dan lembar permintaan obat) as an Excel workbook in the official layout: the title,
/// the header block (Puskesmas, Kode Puskesmas, Kabupaten/Kota, Periode, Dikirim ke), one table with the columns No,
/// Kode Obat, Nama Obat, Satuan, Stok Awal, Penerimaan, Persediaan, Pemakaian, Rusak/ED/Hilang, Sisa Stok, Hari
/// Kosong, Stok Optimum, Permintaan, Pemberian, Keterangan, a heading row per item group, then the signature blocks.
/// </summary>
public static class LplpoWorkbook
{
    /// <summary>Writes the form; <see cref="LplpoSheetLine.Row"/> is ignored (rows are numbered as laid out).</summary>
    public static void Write(Stream output, LplpoSheet sheet, IReadOnlyList<SignatureBlock> signatures) =>
        LplpoSheetWriter.Write(output, sheet, signatures);

    /// <summary>
    /// Reads a workbook in that layout, also as other spreadsheet programs save it; every problem is collected with
    /// file, sheet, row and column. Never throws on a bad file: a file that is not a workbook at all is one whole-file
    /// error.
    /// </summary>
    public static WorkbookRead<LplpoSheet> Read(Stream input, string fileName) => LplpoSheetReader.Read(input, fileName);
}
