namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Reads an LPLPO workbook: the first worksheet that holds the table's header row is the form; its header block and
/// item rows are read, every problem collected with its sheet, row and column.
/// </summary>
internal static class LplpoSheetReader
{
    public static WorkbookRead<LplpoSheet> Read(Stream input, string fileName, WorkbookLimits? limits = null)
    {
        limits ??= WorkbookLimits.Default;
        var errors = new List<DataFileError>();
        var grids = WorkbookFile.Read(input, fileName, errors, limits);
        if (grids is null) return new WorkbookRead<LplpoSheet>(null, errors);
        var (grid, headerRow) = grids.Select(g => (Grid: g, Row: LplpoTableHeader.Find(g))).FirstOrDefault(f => f.Row > 0);
        if (grid is null)
        {
            NoTable(grids, fileName, errors, limits);
            return new WorkbookRead<LplpoSheet>(null, errors);
        }
        var sheetErrors = new SheetErrors(fileName, grid.Name, errors);
        if (grid.Truncated)
        {
            sheetErrors.Add(0, null, TooLarge(limits));
            return new WorkbookRead<LplpoSheet>(null, errors);
        }
        var header = LplpoHeaderBlock.Read(grid, headerRow, sheetErrors);
        var table = LplpoTableHeader.Read(grid, headerRow, sheetErrors);
        if (!table.Complete) return new WorkbookRead<LplpoSheet>(null, errors);
        var lines = LplpoTableBody.Read(grid, table, header?.Period, sheetErrors);
        return new WorkbookRead<LplpoSheet>(header is null ? null : new LplpoSheet(header, lines), errors);
    }

    private static void NoTable(List<SheetGrid> grids, string fileName, List<DataFileError> errors, WorkbookLimits limits)
    {
        var filled = grids.FirstOrDefault(g => !g.IsEmpty);
        if (filled is null)
        {
            if (grids.Count == 1) new SheetErrors(fileName, grids[0].Name, errors).Add(0, null, "the sheet is empty");
            else errors.Add(new DataFileError(fileName, 0, null, $"is an empty workbook: none of its {grids.Count} sheets holds a cell"));
            return;
        }
        var columns = string.Join(", ", LplpoLayout.Table.Select(c => c.Header));
        new SheetErrors(fileName, filled.Name, errors).Add(0, null, filled.Truncated
            ? TooLarge(limits)
            : $"no LPLPO table found: expected a header row with the columns {columns} (at least Kode Obat and two others)");
    }

    private static string TooLarge(WorkbookLimits limits) =>
        $"the sheet holds more than {limits.MaxRows} rows or {limits.MaxCells} cells: an LPLPO has one row per item";
}
