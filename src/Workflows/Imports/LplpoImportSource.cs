using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Workflows.Imports;

/// <summary>
/// An LPLPO file read for import, whatever its format: the facility and period it reports, its lines, and how to
/// locate a problem in it (a CSV line and header, or a workbook sheet, row and column).
/// </summary>
internal sealed class LplpoImportSource(FacilityId facility, Period period, int headerRow, IReadOnlyList<LplpoImportLine> lines,
    Func<int, string?, string, DataFileError> at)
{
    public FacilityId Facility { get; } = facility;

    public Period Period { get; } = period;

    /// <summary>Where the facility and period are written (the first line of a CSV file, the header block of a workbook).</summary>
    public int HeaderRow { get; } = headerRow;

    public IReadOnlyList<LplpoImportLine> Lines { get; } = lines;

    /// <summary>A problem at a row and a canonical column (<c>Columns</c>: opening, received, drug_code ...), or the whole row.</summary>
    public DataFileError At(int row, string? column, string reason) => at(row, column, reason);

    /// <summary>
    /// The LPLPO of <c>lplpo.csv</c>: one facility and one period per file (an import fills one draft). Null, with the
    /// problems in the plan, when it cannot be read or holds more than one LPLPO.
    /// </summary>
    public static LplpoImportSource? FromCsv(ImportPlan plan, CsvTable table)
    {
        var (lines, documents) = plan.Read(table, (t, errors) => LplpoCsv.Read(t, errors));
        if (documents.Count == 0) return null;
        if (documents.Count > 1)
        {
            plan.FileError($"holds {documents.Count} LPLPOs ({string.Join(", ", documents.Take(5).Select(d => $"{d.Facility} {d.Period}"))}" +
                $"{(documents.Count > 5 ? ", ..." : "")}): an import fills one LPLPO; give one facility and period per file");
            return null;
        }
        var read = lines.Select(l => new LplpoImportLine(l.Line, l.Value.DrugCode, l.Value.Opening, l.Value.Received, l.Value.Used, l.Value.Lost,
            l.Value.Closing, null, l.Value.Optimum, l.Value.Requested, l.Value.Given, l.Value.Note)).ToList();
        return new LplpoImportSource(documents[0].Facility, documents[0].Period, read.Count > 0 ? read[0].Row : 2, read,
            (row, column, reason) => column is null
                ? new DataFileError(table.FileName, row, null, reason)
                : ImportColumns.At(table, row, column, reason));
    }

    /// <summary>
    /// The LPLPO of an official workbook (<see cref="LplpoWorkbook.Read"/>): its header block names the facility and the
    /// period. Problems found here are located on the form's sheet, by row and by the form's column header.
    /// </summary>
    public static LplpoImportSource? FromWorkbook(ImportPlan plan)
    {
        plan.Progress.Start(ImportProgress.Reading, plan.File.Content.LongLength);
        using var stream = new MemoryStream(plan.File.Content, writable: false);
        var read = LplpoWorkbook.Read(stream, plan.FileName);
        plan.Errors.AddRange(read.Errors);
        plan.Progress.Finish();
        if (read.Value is not { } sheet) return null;
        var lines = sheet.Lines.Select(l => new LplpoImportLine(l.Row, new DrugCode(l.DrugCode), l.Opening, l.Received, l.Used, l.Lost,
            l.Closing, l.StockoutDays, l.Optimum, l.Requested, l.Given, l.Note)).ToList();
        plan.Rows = lines.Count;
        // The sheet the reader took the form from is named in its own errors; the official layout's name otherwise.
        var sheetName = read.Errors.Select(e => e.Sheet).FirstOrDefault(s => s is not null) ?? LplpoLayout.SheetName;
        return new LplpoImportSource(new FacilityId(sheet.Header.FacilityCode), sheet.Header.Period, 0, lines,
            (row, column, reason) => new DataFileError(plan.FileName, row, column is null ? null : FormHeader(column), reason) { Sheet = sheetName });
    }

    /// <summary>True when the file is to be read as a workbook: named .xlsx, or a zip archive whatever its name.</summary>
    public static bool IsWorkbook(ImportFile file) =>
        file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || ImportText.IsZip(file.Content);

    /// <summary>The form's header for a canonical column ("Stok Awal" for opening), as the person sees it on the sheet.</summary>
    private static string FormHeader(string column) => column switch
    {
        Columns.Facility => LplpoLayout.FacilityCodeLabel,
        Columns.Period => LplpoLayout.PeriodLabel,
        Columns.DrugCode => LplpoLayout.Column(LplpoField.DrugCode).Header,
        Columns.Opening => LplpoLayout.Column(LplpoField.Opening).Header,
        Columns.Received => LplpoLayout.Column(LplpoField.Received).Header,
        Columns.Used => LplpoLayout.Column(LplpoField.Used).Header,
        Columns.Lost => LplpoLayout.Column(LplpoField.Lost).Header,
        Columns.Closing => LplpoLayout.Column(LplpoField.Closing).Header,
        Columns.StockoutDays => LplpoLayout.Column(LplpoField.StockoutDays).Header,
        Columns.Requested => LplpoLayout.Column(LplpoField.Requested).Header,
        Columns.Note => LplpoLayout.Column(LplpoField.Note).Header,
        _ => column,
    };
}
