using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Spreadsheet;
using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

public sealed class LplpoWorkbookRoundTripTests
{
    private static readonly LplpoSheetHeader Header =
        new("PKM-CIBEBER", "Puskesmas Cibeber", new Period(2026, 10), "Kabupaten Contoh", "IFK Kabupaten Contoh");

    private static readonly IReadOnlyList<LplpoSheetLine> Lines =
    [
        new(0, "OBAT", "OB117", "Parasetamol tablet 500 mg", "tablet", 3546, 3100, 2726, 0, 3920, 0, 6326, 2406, 1500, "Stok IFK terbatas, diberikan sebagian"),
        new(0, "OBAT", "OB116", "Amoksisilin kapsul 500 mg", "kapsul", 182, 148, 152, 0, 178, 3, 316, 138, null, null),
        new(0, "OBAT PROGRAM", "OB300", "OAT FDC kategori 1", "paket", 10, 0, 4, 1, 5, null, null, 6, null, null),
        new(0, "BMHP", "BM001", "Kasa steril 16 x 16 cm", "lembar", 0, 1000, 250, 0, 750, 31, 900, 150, 150, null),
    ];

    public static readonly IReadOnlyList<SignatureBlock> Signatures =
    [
        new("Kepala Puskesmas", "dr. Siti Aminah", "198001012006042001"),
        new("Petugas Pengelola Obat", "Budi Santoso", null),
        new("Kepala Instalasi Farmasi Kabupaten (IFK)", null, null),
        new("Mengetahui: Kepala Dinas Kesehatan", null, null),
    ];

    [Fact]
    public void WriteThenRead_GivesTheSameHeaderAndLines()
    {
        var bytes = Write(new LplpoSheet(Header, Lines));

        var read = LplpoWorkbook.Read(new MemoryStream(bytes), "lplpo.xlsx");

        Assert.Empty(read.Errors);
        Assert.Equal(Header, read.Value!.Header);
        Assert.Equal(Lines, read.Value.Lines.Select(l => l with { Row = 0 }));
    }

    [Fact]
    public void Read_OfWrittenForm_GivesEachLineItsWorksheetRow()
    {
        var bytes = Write(new LplpoSheet(Header, Lines));

        var rows = LplpoWorkbook.Read(new MemoryStream(bytes), "lplpo.xlsx").Value!.Lines.Select(l => l.Row);

        // Title 1, header block 3-7, table header 9, "OBAT" 10, two items, "OBAT PROGRAM" 13, item 14, "BMHP" 15, item 16.
        Assert.Equal([11, 12, 14, 16], rows);
    }

    [Fact]
    public void Write_QuantitiesAreNumberCellsAndSupplyIsOpeningPlusReceived()
    {
        var cells = Cells(Write(new LplpoSheet(Header, Lines)));

        Assert.Equal(("n", "3546"), cells["E11"]);
        Assert.Equal(("n", "6646"), cells["G11"]);
        Assert.Equal(("n", "1500"), cells["N11"]);
        Assert.Equal(("s", "OB117"), cells["B11"]);
        Assert.False(cells.ContainsKey("N12"));
    }

    [Fact]
    public void Write_HasTheTitleHeaderBlockGroupHeadingsAndTheFourSignatureBlocks()
    {
        var texts = Cells(Write(new LplpoSheet(Header, Lines))).Values.Where(c => c.Type == "s").Select(c => c.Text).ToHashSet();

        Assert.Contains("LAPORAN PEMAKAIAN DAN LEMBAR PERMINTAAN OBAT (LPLPO)", texts);
        Assert.Superset(new HashSet<string> { "Puskesmas", "Kode Puskesmas", "Kabupaten/Kota", "Periode", "Dikirim ke", "Oktober 2026" }, texts);
        Assert.Superset(new HashSet<string> { "OBAT", "OBAT PROGRAM", "BMHP" }, texts);
        Assert.Superset(new HashSet<string>
        {
            "Kepala Puskesmas", "Petugas Pengelola Obat", "Kepala Instalasi Farmasi Kabupaten (IFK)", "Mengetahui:", "Kepala Dinas Kesehatan",
            "( dr. Siti Aminah )", "NIP. 198001012006042001", "NIP.",
        }, texts);
    }

    [Fact]
    public void Write_TitleIsMergedAcrossTheTableAndThePageIsA4Landscape()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(new LplpoSheet(Header, Lines))), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;

        Assert.Contains("A1:O1", worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value));
        var page = worksheet.Descendants<PageSetup>().Single();
        Assert.Equal((9u, OrientationValues.Landscape), (page.PaperSize!.Value, page.Orientation!.Value));
    }

    [Fact]
    public void Write_IsAValidWorkbookByTheOpenXmlSchema()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(Write(new LplpoSheet(Header, Lines))), false);

        var problems = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void WriteThenRead_LinesWithoutGroups_ReadWithoutGroups()
    {
        var lines = Lines.Select(l => l with { Group = null }).ToList();

        var read = LplpoWorkbook.Read(new MemoryStream(Write(new LplpoSheet(Header, lines))), "lplpo.xlsx");

        Assert.Empty(read.Errors);
        Assert.Equal(lines, read.Value!.Lines.Select(l => l with { Row = 0 }));
    }

    private static byte[] Write(LplpoSheet sheet)
    {
        using var output = new MemoryStream();
        LplpoWorkbook.Write(output, sheet, Signatures);
        return output.ToArray();
    }

    /// <summary>Every filled cell of the first sheet: its type ("s" text, "n" number) and its text.</summary>
    internal static Dictionary<string, (string Type, string Text)> Cells(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        return worksheet.Descendants<Cell>()
            .Where(c => c.CellValue is not null || c.InlineString is not null)
            .ToDictionary(c => c.CellReference!.Value!, c => c.DataType?.Value == CellValues.InlineString
                ? ("s", c.InlineString!.InnerText)
                : c.DataType?.Value == CellValues.Boolean ? ("b", c.CellValue!.Text) : ("n", c.CellValue!.Text));
    }
}
