namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>Column letters and A1 references: column 1 is "A", 27 is "AA"; "C12" is column 3 of row 12.</summary>
internal static class CellAddress
{
    /// <summary>The last column a worksheet may have (XFD).</summary>
    public const int MaxColumn = 16384;

    /// <summary>The last row a worksheet may have.</summary>
    public const int MaxRow = 1048576;

    public static string Letters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new Stack<char>();
        for (var n = column; n > 0; n = (n - 1) / 26) letters.Push((char)('A' + (n - 1) % 26));
        return new string(letters.ToArray());
    }

    public static string Of(int column, int row) => $"{Letters(column)}{row}";

    /// <summary>Reads "B12" (or "b12", or "$B$12") into its column and row; false for anything else.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference)) return false;
        var i = 0;
        if (i < reference.Length && reference[i] == '$') i++;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumn) return false;
            i++;
        }
        if (column == 0) return false;
        if (i < reference.Length && reference[i] == '$') i++;
        var digits = i;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]))
        {
            row = row * 10 + (reference[i] - '0');
            if (row > MaxRow) return false;
            i++;
        }
        return i == reference.Length && i > digits && row > 0;
    }

    /// <summary>Reads only the column letters of a reference ("B12" or "B"), for a cell whose row is known.</summary>
    public static bool TryParseColumn(string? reference, out int column)
    {
        column = 0;
        if (string.IsNullOrEmpty(reference)) return false;
        foreach (var c in reference)
        {
            if (c == '$') continue;
            if (!char.IsAsciiLetter(c)) break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > MaxColumn) return false;
        }
        return column > 0;
    }
}
