using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Tests.DataFiles.Xlsx;

/// <summary>Each malformed workbook is refused with its problem at the right sheet, row and column.</summary>
public sealed class LplpoWorkbookMalformedTests
{
    [Fact]
    public void Read_UnknownHeader_RejectedAtTheHeaderRowAndColumn()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("H9", "Pemakaiaan");

        var errors = Errors(workbook);

        Assert.Contains(errors, e => e.StartsWith("lplpo.xlsx[LPLPO]:9: column 'H (Pemakaiaan)': unknown column: the LPLPO table takes No, Kode Obat,", StringComparison.Ordinal));
        Assert.Contains("lplpo.xlsx[LPLPO]:9: column 'Pemakaian': required column is missing (headers accepted: used, pemakaian)", errors);
    }

    [Fact]
    public void Read_ColumnGivenTwice_RejectedNamingBoth()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("P9", "Sisa Stok");

        Assert.Contains("lplpo.xlsx[LPLPO]:9: column 'P (Sisa Stok)': column Sisa Stok is given twice: already in J (Sisa Stok)", Errors(workbook));
    }

    [Fact]
    public void Read_MergedCellsOverTheTableBody_RejectedNamingTheRange()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Merge("H11:H12");

        Assert.Equal(
            ["lplpo.xlsx[LPLPO]:11: column 'H (Pemakaian)': cells H11:H12 are merged across the table; unmerge them so that every row and column holds its own value"],
            Errors(workbook));
    }

    [Fact]
    public void Read_MergedCellsAcrossAnItemRow_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Merge("C12:D12");

        Assert.Contains(Errors(workbook), e => e.StartsWith("lplpo.xlsx[LPLPO]:12: column 'C (Nama Obat)': cells C12:D12 are merged", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("banyak", "'banyak' is not a whole number: expected a quantity like 1500 (digits only, no separators)")]
    [InlineData("1.500", "'1.500' is not a whole number: expected a quantity like 1500 (digits only, no separators)")]
    [InlineData("1,500", "'1,500' is not a whole number: expected a quantity like 1500 (digits only, no separators)")]
    public void Read_TextInANumberColumn_RejectedAtRowAndColumn(string text, string reason)
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("H12", text);

        Assert.Equal([$"lplpo.xlsx[LPLPO]:12: column 'H (Pemakaian)': {reason}"], Errors(workbook));
    }

    [Fact]
    public void Read_NegativeQuantity_RejectedAtRowAndColumn()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("I11", -3);

        Assert.Equal(["lplpo.xlsx[LPLPO]:11: column 'I (Rusak/ED/Hilang)': '-3' is negative: quantities are 0 or more"], Errors(workbook));
    }

    [Fact]
    public void Read_DecimalQuantity_RejectedAtRowAndColumn()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("M14", 6.5m);

        Assert.Equal(["lplpo.xlsx[LPLPO]:14: column 'M (Permintaan)': '6.5' is not a whole number: quantities are whole units, without decimals"], Errors(workbook));
    }

    [Fact]
    public void Read_BooleanAndErrorValuesInNumberColumns_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("E11", new TestValue("b", "1")).Set("F12", new TestValue("e", "#REF!"));

        Assert.Equal(
        [
            "lplpo.xlsx[LPLPO]:11: column 'E (Stok Awal)': 'TRUE' is not a number: expected a quantity like 1500",
            "lplpo.xlsx[LPLPO]:12: column 'F (Penerimaan)': '#REF!' is an error value of the sheet, not a number: expected a quantity like 1500",
        ], Errors(workbook));
    }

    [Fact]
    public void Read_EmptyRequiredQuantity_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("J12", null);

        Assert.Equal(["lplpo.xlsx[LPLPO]:12: column 'J (Sisa Stok)': is empty; a quantity is required (write 0 for none)"], Errors(workbook));
    }

    [Fact]
    public void Read_DuplicatedItemRow_RejectedNamingTheRowItRepeats()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("B14", "OB117");

        Assert.Equal(["lplpo.xlsx[LPLPO]:14: column 'B (Kode Obat)': duplicated row: repeats row 11 (same Kode Obat OB117)"], Errors(workbook));
    }

    [Fact]
    public void Read_ItemRowWithoutCode_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("B12", null);

        Assert.Equal(["lplpo.xlsx[LPLPO]:12: column 'B (Kode Obat)': is empty; the item's code (kode obat) is required"], Errors(workbook));
    }

    [Fact]
    public void Read_SupplyThatIsNotOpeningPlusReceived_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("G12", 331);

        Assert.Equal(["lplpo.xlsx[LPLPO]:12: column 'G (Persediaan)': '331' is not Stok Awal + Penerimaan = 182 + 148 = 330"], Errors(workbook));
    }

    [Fact]
    public void Read_StockoutDaysBeyondTheMonth_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("K12", 32);

        Assert.Equal(["lplpo.xlsx[LPLPO]:12: column 'K (Hari Kosong)': '32' is more than the 31 days of 2026-10"], Errors(workbook));
    }

    [Fact]
    public void Read_MissingPuskesmasCode_RejectedForTheSheet()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.ClearRow(4);

        var read = Read(workbook);

        Assert.Null(read.Value);
        Assert.Equal(
            ["lplpo.xlsx[LPLPO]: column 'Kode Puskesmas': the header block has no 'Kode Puskesmas': put the label above the table with the puskesmas code (e.g. PKM-CIBEBER) in the cell to its right"],
            read.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_EmptyOrInvalidPuskesmasCode_RejectedAtItsCell()
    {
        var (blank, blankSheet) = TestWorkbook.Lplpo();
        blankSheet.Set("D4", null);
        var (spaced, spacedSheet) = TestWorkbook.Lplpo();
        spacedSheet.Set("D4", "PKM CIBEBER");

        Assert.Equal(["lplpo.xlsx[LPLPO]:4: column 'B (Kode Puskesmas)': is empty; the puskesmas code is required (e.g. PKM-CIBEBER)"], Errors(blank));
        Assert.Equal(["lplpo.xlsx[LPLPO]:4: column 'D (Kode Puskesmas)': 'PKM CIBEBER' is not a puskesmas code: 1 to 50 letters, digits, '-', '_' or '.', without spaces (e.g. PKM-CIBEBER)"],
            Errors(spaced));
    }

    [Fact]
    public void Read_MissingOrInvalidPeriod_Rejected()
    {
        var (missing, missingSheet) = TestWorkbook.Lplpo();
        missingSheet.ClearRow(6);
        var (invalid, invalidSheet) = TestWorkbook.Lplpo();
        invalidSheet.Set("D6", "Okt-26");

        Assert.Equal(["lplpo.xlsx[LPLPO]: column 'Periode': the header block has no 'Periode': put the label above the table with the month (e.g. 2026-10) in the cell to its right"],
            Errors(missing));
        Assert.Equal(["lplpo.xlsx[LPLPO]:6: column 'D (Periode)': 'Okt-26' is not a period: expected YYYY-MM, like 2026-10 (or the month and year, like Oktober 2026)"],
            Errors(invalid));
    }

    [Fact]
    public void Read_TableWithoutItemRows_Rejected()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        foreach (var row in new[] { 10, 11, 12, 13, 14 }) sheet.ClearRow(row);

        Assert.Equal(["lplpo.xlsx[LPLPO]:9: the table has no item rows under its header"], Errors(workbook));
    }

    [Fact]
    public void Read_EmptySheet_RejectedForTheSheet()
    {
        var workbook = new TestWorkbook();
        workbook.Sheet("Sheet1");

        Assert.Equal(["lplpo.xlsx[Sheet1]: the sheet is empty"], Errors(workbook));
    }

    [Fact]
    public void Read_WorkbookOfEmptySheets_OneWholeFileError()
    {
        var workbook = new TestWorkbook();
        workbook.Sheet("Sheet1");
        workbook.Sheet("Sheet2");

        Assert.Equal(["lplpo.xlsx: is an empty workbook: none of its 2 sheets holds a cell"], Errors(workbook));
    }

    [Fact]
    public void Read_SheetWithoutTheTable_RejectedSayingWhatHeaderIsExpected()
    {
        var workbook = new TestWorkbook();
        workbook.Sheet("Data").Row(1, "obat", "jumlah").Row(2, "parasetamol", 10);

        Assert.Equal(
            ["lplpo.xlsx[Data]: no LPLPO table found: expected a header row with the columns No, Kode Obat, Nama Obat, Satuan, Stok Awal, Penerimaan, Persediaan, Pemakaian, Rusak/ED/Hilang, Sisa Stok, Hari Kosong, Stok Optimum, Permintaan, Pemberian, Keterangan (at least Kode Obat and two others)"],
            Errors(workbook));
    }

    [Fact]
    public void Read_SeveralProblems_AreAllReportedInRowOrder()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("D6", "bulan lalu").Set("E11", "x").Set("F12", -1).Set("B14", "OB116");

        var read = Read(workbook);

        Assert.Null(read.Value);
        Assert.Equal([6, 11, 12, 14], read.Errors.Select(e => e.Line));
        Assert.All(read.Errors, e => Assert.Equal("LPLPO", e.Sheet));
    }

    [Fact]
    public void Read_RowsWithErrors_AreLeftOutOfTheValueWhileGoodRowsStay()
    {
        var (workbook, sheet) = TestWorkbook.Lplpo();
        sheet.Set("E11", "x");

        var read = Read(workbook);

        Assert.False(read.Valid);
        Assert.Equal(["OB116", "OB300"], read.Value!.Lines.Select(l => l.DrugCode));
    }

    private static WorkbookRead<LplpoSheet> Read(TestWorkbook workbook) =>
        LplpoWorkbook.Read(new MemoryStream(workbook.Bytes()), "lplpo.xlsx");

    private static IReadOnlyList<string> Errors(TestWorkbook workbook) => Read(workbook).Errors.Select(e => e.ToString()).ToList();
}
