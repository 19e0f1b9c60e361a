using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

/// <summary>
/// Builds workbooks cell by cell with OpenXml, the way other spreadsheet programs save them: text as shared strings
/// (or inline strings), no dimension element, and optionally rows out of order or cells without references.
/// </summary>
internal sealed class TestWorkbook
{
    private readonly List<TestSheet> _sheets = [];

    public bool InlineStrings { get; init; }

    public bool RowsReversed { get; init; }

    public bool WithoutCellReferences { get; init; }

    public TestSheet Sheet(string name)
    {
        var sheet = new TestSheet(name);
        _sheets.Add(sheet);
        return sheet;
    }

    /// <summary>
    /// The official form filled by hand: header block in rows 3-7, the table header in row 9, group "OBAT" in row 10,
    /// items OB117 (row 11) and OB116 (row 12), group "OBAT PROGRAM" (row 13), item OB300 (row 14), then the signatures.
    /// </summary>
    public static (TestWorkbook Workbook, TestSheet Sheet) Lplpo(bool inlineStrings = false, bool rowsReversed = false, bool withoutCellReferences = false)
    {
        var workbook = new TestWorkbook { InlineStrings = inlineStrings, RowsReversed = rowsReversed, WithoutCellReferences = withoutCellReferences };
        var sheet = workbook.Sheet("LPLPO");
        sheet.Set("A1", "LAPORAN PEMAKAIAN DAN LEMBAR PERMINTAAN OBAT (LPLPO)").Merge("A1:O1");
        sheet.Set("B3", "Puskesmas").Set("D3", "Puskesmas Cibeber");
        sheet.Set("B4", "Kode Puskesmas").Set("D4", "PKM-CIBEBER");
        sheet.Set("B5", "Kabupaten/Kota").Set("D5", "Kabupaten Contoh");
        sheet.Set("B6", "Periode").Set("D6", "2026-10").Set("E6", "Oktober 2026");
        sheet.Set("B7", "Dikirim ke").Set("D7", "IFK Kabupaten Contoh");
        sheet.Row(9, "No", "Kode Obat", "Nama Obat", "Satuan", "Stok Awal", "Penerimaan", "Persediaan", "Pemakaian",
            "Rusak/ED/Hilang", "Sisa Stok", "Hari Kosong", "Stok Optimum", "Permintaan", "Pemberian", "Keterangan");
        sheet.Set("A10", "OBAT");
        sheet.Row(11, 1, "OB117", "Parasetamol tablet 500 mg", "tablet", 3546, 3100, 6646, 2726, 0, 3920, 0, 6326, 2406, 1500, "Stok IFK terbatas");
        sheet.Row(12, 2, "OB116", "Amoksisilin kapsul 500 mg", "kapsul", 182, 148, 330, 152, 0, 178, 2, 316, 138);
        sheet.Set("A13", "OBAT PROGRAM");
        sheet.Row(14, 3, "OB300", "OAT FDC kategori 1", "paket", 10, 0, 10, 4, 1, 5, null, null, 6);
        sheet.Set("B16", "Kepala Puskesmas").Set("F16", "Petugas Pengelola Obat");
        sheet.Set("B20", "( dr. Siti )").Set("B21", "NIP. 1980");
        return (workbook, sheet);
    }

    public byte[] Bytes()
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var strings = new List<string>();
            var sheets = new Sheets();
            uint id = 1;
            foreach (var sheet in _sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Worksheet(sheet, strings);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
            workbookPart.Workbook.Append(sheets);
            if (!InlineStrings)
            {
                var table = workbookPart.AddNewPart<SharedStringTablePart>();
                table.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
            }
        }
        return buffer.ToArray();
    }

    private Worksheet Worksheet(TestSheet sheet, List<string> strings)
    {
        var data = new SheetData();
        var rows = sheet.Cells.GroupBy(c => c.Key.Row).OrderBy(g => RowsReversed ? -g.Key : g.Key);
        foreach (var group in rows)
        {
            var row = new Row();
            if (!WithoutCellReferences) row.RowIndex = (uint)group.Key;
            foreach (var ((_, column), value) in group.OrderBy(c => c.Key.Column))
            {
                var cell = new Cell();
                if (!WithoutCellReferences) cell.CellReference = $"{Letters(column)}{group.Key}";
                Fill(cell, value, strings);
                row.Append(cell);
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(data);
        if (sheet.Merges.Count > 0) worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
        return worksheet;
    }

    private void Fill(Cell cell, TestValue value, List<string> strings)
    {
        switch (value.Type)
        {
            case "n":
                cell.CellValue = new CellValue(value.Text);
                break;
            case "s" when InlineStrings:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value.Text) { Space = SpaceProcessingModeValues.Preserve });
                break;
            case "s":
                cell.DataType = CellValues.SharedString;
                var index = strings.IndexOf(value.Text);
                if (index < 0)
                {
                    strings.Add(value.Text);
                    index = strings.Count - 1;
                }
                cell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "b":
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(value.Text);
                break;
            case "e":
                cell.DataType = CellValues.Error;
                cell.CellValue = new CellValue(value.Text);
                break;
        }
    }

    /// <summary>Column letters of a 1-based column (columns in these tests stay within A-Z).</summary>
    public static string Letters(int column) => ((char)('A' + column - 1)).ToString();
}
