using System.Text;
using System.Xml;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Reads a worksheet part's XML forward only, keeping just its non-blank cells and merged ranges. Handles what other
/// tools write: shared or inline strings, cells or rows without a reference (taken as the next one), rows out of order,
/// no dimension element, formulas (their cached value is read). Elements are matched by local name, so the strict
/// OOXML namespace reads as well. Stops keeping cells past the limits and marks the grid truncated.
/// </summary>
internal static class WorksheetXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static void Read(Stream part, SheetGrid grid, SharedStrings strings, WorkbookLimits limits)
    {
        using var reader = XmlReader.Create(part, Settings(limits.MaxPartCharacters));
        var row = 0;
        var column = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "row":
                    row = int.TryParse(reader.GetAttribute("r"), out var r) && r is > 0 and <= CellAddress.MaxRow ? r : row + 1;
                    column = 0;
                    break;
                case "c":
                    column = CellAddress.TryParseColumn(reader.GetAttribute("r"), out var c) ? c : column + 1;
                    if (row == 0) row = 1;
                    var cell = ReadCell(reader, column, strings);
                    if (cell is null || grid.Truncated) break;
                    if (grid.CellCount >= limits.MaxCells || (grid.Row(row).Count == 0 && grid.RowCount >= limits.MaxRows))
                    {
                        grid.Truncated = true;
                        break;
                    }
                    grid.Add(row, cell.Value);
                    break;
                case "mergeCell":
                    if (CellRange.TryParse(reader.GetAttribute("ref"), out var range) && grid.Merges.Count < limits.MaxCells)
                        grid.Merges.Add(range);
                    break;
            }
        }
    }

    /// <summary>Reads one &lt;c&gt; element (the reader is on its start) to its end; null when the cell is blank.</summary>
    private static SheetCell? ReadCell(XmlReader reader, int column, SharedStrings strings)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement) return null;
        var depth = reader.Depth;
        string? value = null;
        var inline = new StringBuilder();
        string? inside = null;
        var phoneticDepth = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.LocalName == "rPh" && !reader.IsEmptyElement) phoneticDepth = reader.Depth;
                    else if (!reader.IsEmptyElement && reader.LocalName is "v" or "t") inside = reader.LocalName;
                    break;
                case XmlNodeType.EndElement:
                    if (reader.LocalName == "rPh") phoneticDepth = -1;
                    else if (reader.LocalName is "v" or "t") inside = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (phoneticDepth >= 0 || inside is null) break;
                    if (inside == "v") value = (value ?? "") + reader.Value;
                    else inline.Append(reader.Value);
                    break;
            }
        }
        SheetCell? Make(CellKind kind, string? text) =>
            string.IsNullOrWhiteSpace(text) ? null : new SheetCell(column, kind, text);
        return type switch
        {
            "s" => int.TryParse(value, out var index) && strings.TryGet(index, out var shared)
                ? Make(CellKind.Text, shared)
                : Make(CellKind.Error, $"#STRING {value}?"),
            "inlineStr" => Make(CellKind.Text, inline.ToString()),
            "str" => Make(CellKind.Text, value ?? inline.ToString()),
            "b" => Make(CellKind.Boolean, value),
            "e" => Make(CellKind.Error, value),
            "d" => Make(CellKind.Date, value),
            _ => Make(CellKind.Number, value),
        };
    }
}
