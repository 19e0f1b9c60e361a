using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetColumns = DocumentFormat.OpenXml.Spreadsheet.Columns;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Builds one worksheet row by row: cells are added left to right, rows top to bottom (as the file format wants
/// them). Text is written as inline strings, numbers as numbers; column widths follow the longest text unless set.
/// </summary>
internal sealed class SheetBuilder
{
    private const double MinWidth = 4;
    private const double MaxWidth = 60;

    private readonly Dictionary<int, double> _fixedWidths = [];
    private readonly Dictionary<int, int> _longest = [];
    private Row? _row;
    private int _lastColumn;

    public SheetData Data { get; } = new();

    public List<CellRange> Merges { get; } = [];

    /// <summary>The row the next <see cref="NextRow"/> call starts.</summary>
    public int RowNumber { get; private set; }

    /// <summary>Header rows to keep in view when scrolling (0: none).</summary>
    public int FrozenRows { get; set; }

    public int MaxColumn { get; private set; }

    /// <summary>Starts the next row (after <paramref name="skip"/> blank rows) and returns its number.</summary>
    public int NextRow(int skip = 0)
    {
        RowNumber += 1 + skip;
        _row = new Row { RowIndex = (uint)RowNumber };
        Data.Append(_row);
        _lastColumn = 0;
        return RowNumber;
    }

    public void SetWidth(int column, double width) => _fixedWidths[column] = width;

    public void Merge(int firstColumn, int lastColumn) => Merges.Add(new CellRange(firstColumn, RowNumber, lastColumn, RowNumber));

    public void Text(int column, string? text, XlsxStyle style = XlsxStyle.Default)
    {
        var cell = Cell(column, style);
        if (string.IsNullOrEmpty(text)) return;
        var clean = XmlSafe(text);
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
        Measure(column, clean.Length);
    }

    public void Number(int column, decimal? value, XlsxStyle style = XlsxStyle.Number)
    {
        var cell = Cell(column, style);
        if (value is not { } number) return;
        var text = number.ToString(CultureInfo.InvariantCulture);
        cell.DataType = CellValues.Number;
        cell.CellValue = new CellValue(text);
        Measure(column, number.ToString("#,##0.##", CultureInfo.InvariantCulture).Length);
    }

    public void Double(int column, double value, XlsxStyle style = XlsxStyle.Number)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Text(column, value.ToString(CultureInfo.InvariantCulture), style);
            return;
        }
        var cell = Cell(column, style);
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        cell.DataType = CellValues.Number;
        cell.CellValue = new CellValue(text);
        Measure(column, text.Length);
    }

    public void Boolean(int column, bool value, XlsxStyle style = XlsxStyle.Text)
    {
        var cell = Cell(column, style);
        cell.DataType = CellValues.Boolean;
        cell.CellValue = new CellValue(value ? "1" : "0");
        Measure(column, 5);
    }

    /// <summary>The column widths: the fixed ones, else the longest text (within limits).</summary>
    public SheetColumns? Columns()
    {
        var columns = _fixedWidths.Keys.Concat(_longest.Keys).Distinct().Order().ToList();
        if (columns.Count == 0) return null;
        var result = new SheetColumns();
        foreach (var column in columns)
        {
            var width = _fixedWidths.TryGetValue(column, out var set)
                ? set
                : Math.Clamp(_longest[column] + 2, MinWidth, MaxWidth);
            result.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
        }
        return result;
    }

    private Cell Cell(int column, XlsxStyle style)
    {
        if (_row is null) throw new InvalidOperationException("start a row first");
        if (column <= _lastColumn) throw new InvalidOperationException($"cells of a row go left to right: column {column} after {_lastColumn}");
        _lastColumn = column;
        MaxColumn = Math.Max(MaxColumn, column);
        var cell = new Cell { CellReference = CellAddress.Of(column, RowNumber) };
        if (style != XlsxStyle.Default) cell.StyleIndex = (uint)style;
        _row.Append(cell);
        return cell;
    }

    private void Measure(int column, int length)
    {
        if (!_longest.TryGetValue(column, out var longest) || length > longest) _longest[column] = length;
    }

    /// <summary>Drops the control characters XML cannot hold (a pasted form feed would make the file unreadable).</summary>
    private static string XmlSafe(string text)
    {
        if (!text.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r')) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')) clean.Append(c);
        return clean.ToString();
    }
}
