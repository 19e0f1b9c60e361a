namespace Requisition.Workflows.DataFiles;

/// <summary>Remembers the first line of every key in a file and reports a later row with the same key.</summary>
internal sealed class DuplicateRows<TKey> where TKey : notnull
{
    private readonly Dictionary<TKey, int> _firstLine = [];
    private readonly string _keyColumns;

    /// <param name="keyColumns">The canonical columns that make the key, for the message.</param>
    public DuplicateRows(params string[] keyColumns)
    {
        _keyColumns = keyColumns.Length <= 1
            ? string.Concat(keyColumns)
            : $"{string.Join(", ", keyColumns[..^1])} and {keyColumns[^1]}";
    }

    /// <summary>True (and an error on the row) when an earlier row had the same key.</summary>
    public bool IsRepeat(CsvRow row, TKey key)
    {
        if (_firstLine.TryGetValue(key, out var line))
        {
            row.Fail(null, $"duplicated row: repeats line {line} (same {_keyColumns})");
            return true;
        }
        _firstLine[key] = row.Line;
        return false;
    }
}
