using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>How a written sheet prints: A4, landscape or portrait, fitted to the page width.</summary>
internal sealed record PrintLayout(bool Landscape);

/// <summary>Saves one built worksheet as a whole .xlsx workbook (one sheet, the shared stylesheet, A4 print setup).</summary>
internal static class WorkbookPackage
{
    private const uint A4PaperSize = 9;

    public static void Save(Stream output, string sheetName, SheetBuilder sheet, PrintLayout layout)
    {
        ArgumentNullException.ThrowIfNull(output);
        // The packaging layer wants a seekable stream; an HTTP body is not one.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = WorkbookStyles.Create();
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = Worksheet(sheet, layout);
            workbookPart.Workbook.Append(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = 1,
                Name = SheetName(sheetName),
            }));
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Worksheet Worksheet(SheetBuilder sheet, PrintLayout layout)
    {
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        var view = new SheetView { WorkbookViewId = 0 };
        if (sheet.FrozenRows > 0)
        {
            view.Append(new Pane
            {
                VerticalSplit = sheet.FrozenRows,
                TopLeftCell = CellAddress.Of(1, sheet.FrozenRows + 1),
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            });
        }
        worksheet.Append(new SheetViews(view));
        if (sheet.Columns() is { } columns) worksheet.Append(columns);
        worksheet.Append(sheet.Data);
        if (sheet.Merges.Count > 0)
        {
            var merges = new MergeCells { Count = (uint)sheet.Merges.Count };
            foreach (var range in sheet.Merges) merges.Append(new MergeCell { Reference = range.ToString() });
            worksheet.Append(merges);
        }
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = A4PaperSize,
            Orientation = layout.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        return worksheet;
    }

    /// <summary>Excel's rules for a sheet name: 1 to 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim('\'', ' ');
        if (clean.Length == 0) clean = "Sheet1";
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
