using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

/// <summary>Workbooks saved by other spreadsheet programs, or filled in by hand, in the official layout.</summary>
public sealed class LplpoWorkbookOtherToolsTests
{
    private static readonly LplpoSheetLine Paracetamol =
        new(11, "OBAT", "OB117", "Parasetamol tablet 500 mg", "tablet", 3546, 3100, 2726, 0, 3920, 0, 6326, 2406, 1500, "Stok IFK terbatas");

    [Fact]
    public void Read_SharedStrings_GiveTheHeaderAndEveryItem()
    {
        var (workbook, _) = TestWorkbook.Lplpo();

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(new LplpoSheetHeader("PKM-CIBEBER", "Puskesmas Cibeber", new Period(2026, 10), "Kabupaten Contoh", "IFK Kabupaten Contoh"),
            read.Value!.Header);
        Assert.Equal(Paracetamol, read.Value.Lines[0]);
        Assert.Equal(
            [(12, "OBAT", "OB116", (int?)2, (long?)null), (14, "OBAT PROGRAM", "OB300", null, null)],
            read.Value.Lines.Skip(1).Select(l => (l.Row, l.Group!, l.DrugCode, l.StockoutDays, l.Given)));
    }

    [Fact]
    public void Read_InlineStrings_ReadAsText()
    {
        var (workbook, _) = TestWorkbook.Lplpo(inlineStrings: true);

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(Paracetamol, read.Value!.Lines[0]);
    }

    [Fact]
    public void Read_RowsOutOfOrder_AreReadInRowOrder()
    {
        var (workbook, _) = TestWorkbook.Lplpo(rowsReversed: true);

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(["OB117", "OB116", "OB300"], read.Value!.Lines.Select(l => l.DrugCode));
    }

    [Fact]
    public void Read_CellsWithoutReferences_TakeTheNextColumnAndRow()
    {
        // Without references every row and cell follows the previous one, so this sheet is dense from A1.
        var dense = new TestWorkbook { WithoutCellReferences = true };
        var copy = dense.Sheet("LPLPO");
        copy.Row(1, "Kode Puskesmas", "PKM-CIBEBER");
        copy.Row(2, "Periode", "2026-10");
        copy.Row(3, "No", "Kode Obat", "Nama Obat", "Satuan", "Stok Awal", "Penerimaan", "Persediaan", "Pemakaian", "Rusak/ED/Hilang", "Sisa Stok",
            "Hari Kosong", "Stok Optimum", "Permintaan");
        copy.Row(4, 1, "OB117", "Parasetamol", "tablet", 10, 5, 15, 4, 1, 10, 0, 20, 10);

        var read = Read(dense);

        Assert.Empty(read.Errors);
        Assert.Equal(new LplpoSheetLine(4, null, "OB117", "Parasetamol", "tablet", 10, 5, 4, 1, 10, 0, 20, 10, null, null), Assert.Single(read.Value!.Lines));
    }

    [Fact]
    public void Read_DigitsStoredAsText_AreAccepted()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("E11", "3546").Set("H11", " 2726 ");

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal((3546L, 2726L), (read.Value!.Lines[0].Opening, read.Value.Lines[0].Used));
    }

    [Fact]
    public void Read_PeriodThatExcelTurnedIntoADate_IsThatMonth()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("D6", 46296); // 2026-10-01 as an Excel date serial

        Assert.Equal(new Period(2026, 10), Read(workbook).Value!.Header.Period);
    }

    [Fact]
    public void Read_PeriodAsMonthNameAndLabelWithColonInOneCell_AreAccepted()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("D6", null).Set("E6", null).Set("B6", "Periode : Oktober 2026");
        sheet.Set("B4", "KODE PUSKESMAS:").Set("C4", ":");

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(("PKM-CIBEBER", new Period(2026, 10)), (read.Value!.Header.FacilityCode, read.Value.Header.Period));
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderWithOtherSpellings_AreMatchedByHeader()
    {
        var workbook = new TestWorkbook();
        var sheet = workbook.Sheet("Laporan");
        sheet.Row(1, "Kode PKM", "PKM-SUKAJADI");
        sheet.Row(2, "Bulan", "2026-09");
        sheet.Row(4, "KODE_OBAT", "Permintaan", "stok awal", "Penerimaan", "Pemakaian", "Rusak/ED", "Stok Akhir", "Ket.");
        sheet.Row(5, "OB007", 12, 40, 0, 30, 0, 10, "cek");

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(new LplpoSheetLine(5, null, "OB007", "", "", 40, 0, 30, 0, 10, null, null, 12, null, "cek"), Assert.Single(read.Value!.Lines));
    }

    [Fact]
    public void Read_RowOfColumnNumbersUnderTheHeader_IsSkipped()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Row(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(["OB117", "OB116", "OB300"], read.Value!.Lines.Select(l => l.DrugCode));
        Assert.Null(read.Value.Lines[0].Group);
    }

    [Fact]
    public void Read_GroupHeadingMergedAcrossTheWidth_IsAccepted()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Merge("A10:O10").Merge("A13:O13");

        Assert.Empty(Read(workbook).Errors);
    }

    [Fact]
    public void Read_BlankRowBetweenGroups_DoesNotEndTheTable()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.ClearRow(13);
        sheet.Row(14, "OBAT PROGRAM");
        sheet.Row(15, 3, "OB300", "OAT FDC kategori 1", "paket", 10, 0, 10, 4, 1, 5, null, null, 6);

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal([("OB116", "OBAT"), ("OB300", "OBAT PROGRAM")], read.Value!.Lines.Skip(1).Select(l => (l.DrugCode, l.Group!)));
    }

    [Fact]
    public void Read_RowsNumberedInAdvanceButLeftEmpty_AreSkipped()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("A15", 4).Set("A16", 5).Set("A17", 6);

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(3, read.Value!.Lines.Count);
    }

    [Fact]
    public void Read_SignatureTitleRightUnderTheItems_EndsTheTable()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Row(15, null, "Mengetahui,", null, null, null, "Kepala Puskesmas");

        var read = Read(workbook);

        Assert.Empty(read.Errors);
        Assert.Equal(3, read.Value!.Lines.Count);
    }

    [Fact]
    public void Read_LplpoOnTheSecondSheet_IsFoundThere()
    {
        var withNotes = new TestWorkbook();
        withNotes.Sheet("Petunjuk").Row(1, "Isi lembar LPLPO");
        var sheet = withNotes.Sheet("LPLPO");
        var (_, form) = TestWorkbook.Lplpo();
        foreach (var (key, value) in form.Cells) sheet.Set(key.Row, key.Column, value);

        var read = Read(withNotes);

        Assert.Empty(read.Errors);
        Assert.Equal(3, read.Value!.Lines.Count);
    }

    private static WorkbookRead<LplpoSheet> Read(TestWorkbook workbook) =>
        LplpoWorkbook.Read(new MemoryStream(workbook.Bytes()), "lplpo.xlsx");
}
