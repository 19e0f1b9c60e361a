namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// One worksheet as read: its non-blank cells by row and column (rows sorted whatever order the file wrote them in)
/// and its merged ranges. <see cref="Truncated"/> when the sheet held more than the reader keeps.
/// </summary>
internal sealed class SheetGrid(string name)
{
    private readonly SortedDictionary<int, SortedDictionary<int, SheetCell>> _rows = [];

    public string Name { get; } = name;

    public List<CellRange> Merges { get; } = [];

    public bool Truncated { get; set; }

    public int CellCount { get; private set; }

    public bool IsEmpty => _rows.Count == 0;

    public IEnumerable<int> RowNumbers => _rows.Keys;

    public int RowCount => _rows.Count;

    public int LastRow => _rows.Count == 0 ? 0 : _rows.Keys.Max();

    /// <summary>The cells of a row, left to right (empty for a blank row).</summary>
    public IReadOnlyCollection<SheetCell> Row(int row) =>
        _rows.TryGetValue(row, out var cells) ? cells.Values : [];

    public SheetCell? Cell(int row, int column) =>
        _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? cell : null;

    /// <summary>Keeps a cell; a second cell at the same place (a malformed file) replaces the first.</summary>
    public void Add(int row, SheetCell cell)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        if (!cells.ContainsKey(cell.Column)) CellCount++;
        cells[cell.Column] = cell;
    }

    /// <summary>The first row after <paramref name="row"/> that holds any cell, or 0.</summary>
    public int NextRowAfter(int row) => _rows.Keys.FirstOrDefault(r => r > row);
}
