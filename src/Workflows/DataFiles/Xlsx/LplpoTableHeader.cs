namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// The LPLPO table's header row: which worksheet column holds which field (by the header's text, in any order), and
/// the header as the sheet writes it, for locating problems ("G (Pemakaian)").
/// </summary>
internal sealed class LplpoTableHeader
{
    /// <summary>How many known headers a row needs (the item code among them) to be taken for the table's header.</summary>
    private const int MinimumKnownHeaders = 3;

    private readonly Dictionary<LplpoField, (int Column, string Header)> _columns = [];

    private LplpoTableHeader(int row) => Row = row;

    public int Row { get; }

    public int FirstColumn { get; private set; } = int.MaxValue;

    public int LastColumn { get; private set; }

    /// <summary>All required columns are there, so the rows can be read.</summary>
    public bool Complete { get; private set; }

    /// <summary>The first row that reads as the table's header, or 0.</summary>
    public static int Find(SheetGrid grid)
    {
        foreach (var row in grid.RowNumbers)
        {
            var known = grid.Row(row).Select(c => Match(c.Text)).Where(c => c is not null).ToList();
            if (known.Count >= MinimumKnownHeaders && known.Any(c => c!.Field == LplpoField.DrugCode)) return row;
        }
        return 0;
    }

    public static LplpoTableHeader Read(SheetGrid grid, int row, SheetErrors errors)
    {
        var header = new LplpoTableHeader(row);
        var expected = string.Join(", ", LplpoLayout.Table.Select(c => c.Header));
        foreach (var cell in grid.Row(row))
        {
            header.FirstColumn = Math.Min(header.FirstColumn, cell.Column);
            header.LastColumn = Math.Max(header.LastColumn, cell.Column);
            var where = SheetErrors.Column(cell.Column, cell.Text);
            if (Match(cell.Text) is not { } column)
            {
                errors.Add(row, where, $"unknown column: the LPLPO table takes {expected}");
                continue;
            }
            if (header._columns.TryGetValue(column.Field, out var first))
            {
                errors.Add(row, where, $"column {column.Header} is given twice: already in {SheetErrors.Column(first.Column, first.Header)}");
                continue;
            }
            header._columns[column.Field] = (cell.Column, cell.Text);
        }
        header.Complete = true;
        foreach (var missing in LplpoLayout.Table.Where(c => c.Required && !header._columns.ContainsKey(c.Field)))
        {
            header.Complete = false;
            errors.Add(row, missing.Header, $"required column is missing (headers accepted: {string.Join(", ", missing.Aliases)})");
        }
        return header;
    }

    public bool Has(LplpoField field) => _columns.ContainsKey(field);

    public int ColumnOf(LplpoField field) => _columns.TryGetValue(field, out var at) ? at.Column : 0;

    /// <summary>The field a worksheet column holds, or null for a column the table does not take.</summary>
    public LplpoField? FieldAt(int column) =>
        _columns.Where(c => c.Value.Column == column).Select(c => (LplpoField?)c.Key).FirstOrDefault();

    public string Where(LplpoField field) =>
        _columns.TryGetValue(field, out var at) ? SheetErrors.Column(at.Column, at.Header) : LplpoLayout.Column(field).Header;

    /// <summary>Names a worksheet column by its letter and the header above it.</summary>
    public string WhereColumn(int column) =>
        _columns.Values.FirstOrDefault(c => c.Column == column) is { Header: not null } at
            ? SheetErrors.Column(at.Column, at.Header)
            : CellAddress.Letters(column);

    private static LplpoColumn? Match(string text)
    {
        var normalized = Columns.Normalize(text);
        return normalized.Length == 0 ? null : LplpoLayout.Table.FirstOrDefault(c => c.Matches(normalized));
    }
}
