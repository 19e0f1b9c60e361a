using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Reads the item rows under the LPLPO table's header. Blank rows and group heading rows (one text, as "OBAT
/// PROGRAM") are skipped, and so are a row of column numbers right under the header (1, 2, 3 ...) and rows that hold
/// only their number. The table ends at the first blank row after items that is not followed by a group heading, or
/// at a row that opens the signature area ("Mengetahui", "Kepala Puskesmas" ...). Cells merged across the table's
/// rows are refused, naming the range.
/// </summary>
internal static class LplpoTableBody
{
    private static readonly LplpoField[] Required =
        [LplpoField.Opening, LplpoField.Received, LplpoField.Used, LplpoField.Lost, LplpoField.Closing, LplpoField.Requested];

    public static List<LplpoSheetLine> Read(SheetGrid grid, LplpoTableHeader header, Period? period, SheetErrors errors)
    {
        var lines = new List<LplpoSheetLine>();
        var headings = new HashSet<int>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? group = null;
        var previous = header.Row;
        var last = header.Row;
        var items = 0;
        foreach (var row in grid.RowNumbers.Where(r => r > header.Row))
        {
            var cells = grid.Row(row).Where(c => c.Column >= header.FirstColumn && c.Column <= header.LastColumn).ToList();
            // A row numbered in advance on a blank form, with nothing else in it, is as blank as an empty one.
            if (cells.All(c => c.Column == header.ColumnOf(LplpoField.No) && c.Kind == CellKind.Number)) continue;
            var heading = Heading(cells, header);
            if (items > 0 && row > previous + 1 && heading is null) break;
            if (LplpoLayout.OpensSignatures(Columns.Normalize(cells[0].Text.TrimEnd(':', ',')))) break;
            previous = row;
            last = row;
            if (row == header.Row + 1 && ColumnNumbers(cells)) continue;
            if (heading is not null)
            {
                group = heading;
                headings.Add(row);
                continue;
            }
            items++;
            var code = grid.Cell(row, header.ColumnOf(LplpoField.DrugCode))?.Text ?? "";
            var repeat = seen.TryGetValue(code, out var first);
            if (repeat) errors.Add(row, header.Where(LplpoField.DrugCode), $"duplicated row: repeats row {first} (same Kode Obat {code})");
            else if (code.Length > 0) seen[code] = row;
            if (Line(row, grid, header, period, group, errors) is { } line && !repeat) lines.Add(line);
        }
        Merges(grid, header, last, headings, errors);
        if (items == 0) errors.Add(header.Row, null, "the table has no item rows under its header");
        return lines;
    }

    /// <summary>The group name when the row is a heading: one text cell, not in the item code column; else null.</summary>
    private static string? Heading(List<SheetCell> cells, LplpoTableHeader header) =>
        cells is [{ Kind: CellKind.Text } only] && only.Column != header.ColumnOf(LplpoField.DrugCode) ? only.Text : null;

    /// <summary>The row some forms print under the header, numbering the columns 1, 2, 3 ...</summary>
    private static bool ColumnNumbers(List<SheetCell> cells) =>
        cells.Count >= 3 && cells.Select((c, i) => c.Kind == CellKind.Number && c.Value.Trim() == (i + 1).ToString()).All(x => x);

    private static LplpoSheetLine? Line(int row, SheetGrid grid, LplpoTableHeader header, Period? period, string? group, SheetErrors errors)
    {
        var before = errors.Count;
        SheetCell? Cell(LplpoField field) => header.Has(field) ? grid.Cell(row, header.ColumnOf(field)) : null;
        string Text(LplpoField field) => Cell(field)?.Text ?? "";

        long Quantity(LplpoField field)
        {
            if (Cell(field) is not { } cell)
            {
                errors.Add(row, header.Where(field), "is empty; a quantity is required (write 0 for none)");
                return 0;
            }
            var reason = SheetValues.Quantity(cell, out var value);
            if (reason is not null) errors.Add(row, header.Where(field), reason);
            return value;
        }

        long? Optional(LplpoField field)
        {
            if (Cell(field) is not { } cell) return null;
            var reason = SheetValues.Quantity(cell, out var value);
            if (reason is null) return value;
            errors.Add(row, header.Where(field), reason);
            return null;
        }

        var code = Cell(LplpoField.DrugCode) is { } codeCell ? codeCell.Text : "";
        if (code.Length == 0) errors.Add(row, header.Where(LplpoField.DrugCode), "is empty; the item's code (kode obat) is required");
        else if (Cell(LplpoField.DrugCode) is { Kind: not (CellKind.Text or CellKind.Number) })
            errors.Add(row, header.Where(LplpoField.DrugCode), $"'{code}' is not an item code");
        var quantities = Required.ToDictionary(f => f, Quantity);
        int? days = null;
        if (Cell(LplpoField.StockoutDays) is { } daysCell)
        {
            var reason = SheetValues.Days(daysCell, period, out var value);
            if (reason is null) days = value;
            else errors.Add(row, header.Where(LplpoField.StockoutDays), reason);
        }
        var optimum = Optional(LplpoField.Optimum);
        var given = Optional(LplpoField.Given);
        if (Optional(LplpoField.Supply) is { } supply && errors.Count == before)
        {
            var expected = quantities[LplpoField.Opening] + quantities[LplpoField.Received];
            if (supply != expected)
                errors.Add(row, header.Where(LplpoField.Supply),
                    $"'{supply}' is not Stok Awal + Penerimaan = {quantities[LplpoField.Opening]} + {quantities[LplpoField.Received]} = {expected}");
        }
        if (errors.Count > before) return null;
        var note = Text(LplpoField.Note);
        return new LplpoSheetLine(row, group, code, Text(LplpoField.Name), Text(LplpoField.Unit),
            quantities[LplpoField.Opening], quantities[LplpoField.Received], quantities[LplpoField.Used], quantities[LplpoField.Lost],
            quantities[LplpoField.Closing], days, optimum, quantities[LplpoField.Requested], given, note.Length == 0 ? null : note);
    }

    /// <summary>
    /// A merged range over the table's rows hides which row a value belongs to: refused, unless it only joins the
    /// cells of one group heading row across the width.
    /// </summary>
    private static void Merges(SheetGrid grid, LplpoTableHeader header, int lastRow, HashSet<int> headings, SheetErrors errors)
    {
        foreach (var range in grid.Merges)
        {
            var overlaps = range.FirstRow <= lastRow && range.LastRow >= header.Row
                && range.FirstColumn <= header.LastColumn && range.LastColumn >= header.FirstColumn;
            if (!overlaps || (range.SingleRow && headings.Contains(range.FirstRow))) continue;
            errors.Add(Math.Max(range.FirstRow, header.Row), header.WhereColumn(Math.Max(range.FirstColumn, header.FirstColumn)),
                $"cells {range} are merged across the table; unmerge them so that every row and column holds its own value");
        }
    }
}
