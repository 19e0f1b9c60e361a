using DocumentFormat.OpenXml.Spreadsheet;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>The stylesheet of the written workbooks: plain, bold and title text, bordered table cells, numbers as #,##0.</summary>
internal static class WorkbookStyles
{
    /// <summary>Excel's built-in number format "#,##0": whole numbers with the reader's own thousands separator.</summary>
    private const uint WholeNumberFormat = 3;

    public static Stylesheet Create()
    {
        var fonts = new Fonts(Font(false, 10), Font(true, 10), Font(true, 13));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        // In the order of XlsxStyle.
        var formats = new CellFormats(
            Format(font: 0),
            Format(font: 1),
            Format(font: 2, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(font: 1, fill: 2, border: 1, alignment: new Alignment
                { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(border: 1, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }),
            Format(border: 1, numberFormat: WholeNumberFormat, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Format(font: 1, border: 1),
            Format(alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(font: 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }));
        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static CellFormat Format(uint font = 0, uint fill = 0, uint border = 0, uint numberFormat = 0, Alignment? alignment = null)
    {
        var format = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0,
        };
        if (alignment is not null)
        {
            format.Append(alignment);
            format.ApplyAlignment = true;
        }
        return format;
    }
}
