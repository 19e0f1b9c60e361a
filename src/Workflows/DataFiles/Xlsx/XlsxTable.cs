using System.Globalization;
using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// A plain workbook of one table (an RKO, the indicators): optional title rows, then a header row and the rows. Numbers
/// are written as numbers, text as text, true/false as Excel booleans, dates and periods as ISO text, null as a blank.
/// </summary>
public static class XlsxTable
{
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> titleLines, IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(titleLines);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var sheet = new SheetBuilder();
        foreach (var (title, i) in titleLines.Select((t, i) => (t, i)))
        {
            sheet.NextRow();
            sheet.Text(1, title, i == 0 ? XlsxStyle.Title : XlsxStyle.Bold);
        }
        if (titleLines.Count > 0) sheet.NextRow();
        sheet.NextRow();
        for (var c = 0; c < headers.Count; c++) sheet.Text(c + 1, headers[c], XlsxStyle.Header);
        sheet.FrozenRows = sheet.RowNumber;
        foreach (var row in rows)
        {
            sheet.NextRow();
            for (var c = 0; c < row.Count; c++) Value(sheet, c + 1, row[c]);
        }
        WorkbookPackage.Save(output, sheetName, sheet, new PrintLayout(Landscape: headers.Count > 8));
    }

    private static void Value(SheetBuilder sheet, int column, object? value)
    {
        switch (value)
        {
            case null:
                sheet.Text(column, null, XlsxStyle.Text);
                break;
            case string text:
                sheet.Text(column, text, XlsxStyle.Text);
                break;
            case bool flag:
                sheet.Boolean(column, flag);
                break;
            case byte or sbyte or short or ushort or int or uint or long or ulong or decimal:
                sheet.Number(column, Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case float or double:
                sheet.Double(column, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                sheet.Text(column, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), XlsxStyle.Text);
                break;
            case DateTime time:
                sheet.Text(column, time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), XlsxStyle.Text);
                break;
            case DateTimeOffset instant:
                sheet.Text(column, instant.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture), XlsxStyle.Text);
                break;
            case Period period:
                sheet.Text(column, period.ToString(), XlsxStyle.Text);
                break;
            case IFormattable formattable:
                sheet.Text(column, formattable.ToString(null, CultureInfo.InvariantCulture), XlsxStyle.Text);
                break;
            default:
                sheet.Text(column, value.ToString(), XlsxStyle.Text);
                break;
        }
    }
}
