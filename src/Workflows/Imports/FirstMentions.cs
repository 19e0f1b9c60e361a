using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Reports an unknown facility or item once, at the first row that names it, with how many further rows name it, so a
/// history file of 144,000 rows with one misspelt code gives one error, not thousands.
/// </summary>
internal sealed class FirstMentions<TKey>(CsvTable table, string column) where TKey : notnull
{
    private readonly Dictionary<TKey, (int Line, int Further, string Reason)> _seen = [];

    public void Add(TKey key, int line, Func<string> reason)
    {
        if (_seen.TryGetValue(key, out var first)) _seen[key] = first with { Further = first.Further + 1 };
        else _seen[key] = (line, 0, reason());
    }

    public IEnumerable<DataFileError> Errors => _seen.Values.Select(s => ImportColumns.At(table, s.Line, column,
        s.Further == 0 ? s.Reason : $"{s.Reason} ({s.Further} further {(s.Further == 1 ? "row names" : "rows name")} it too)"));
}
