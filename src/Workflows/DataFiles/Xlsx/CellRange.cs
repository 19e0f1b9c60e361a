namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>A rectangle of cells, such as a merged range "A1:O1".</summary>
internal readonly record struct CellRange(int FirstColumn, int FirstRow, int LastColumn, int LastRow)
{
    public static bool TryParse(string? text, out CellRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split(':');
        if (parts.Length is < 1 or > 2) return false;
        if (!CellAddress.TryParse(parts[0], out var c1, out var r1)) return false;
        var (c2, r2) = (c1, r1);
        if (parts.Length == 2 && !CellAddress.TryParse(parts[1], out c2, out r2)) return false;
        range = new CellRange(Math.Min(c1, c2), Math.Min(r1, r2), Math.Max(c1, c2), Math.Max(r1, r2));
        return true;
    }

    public bool SingleRow => FirstRow == LastRow;

    public bool CoversRow(int row) => row >= FirstRow && row <= LastRow;

    public override string ToString() =>
        FirstColumn == LastColumn && FirstRow == LastRow
            ? CellAddress.Of(FirstColumn, FirstRow)
            : $"{CellAddress.Of(FirstColumn, FirstRow)}:{CellAddress.Of(LastColumn, LastRow)}";
}
