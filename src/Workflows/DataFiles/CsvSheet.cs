namespace Requisition.Workflows.DataFiles;

/// <summary>
/// A <see cref="CsvTable"/> matched against the columns its file must have: which field holds which
/// canonical column. Header problems (missing, unknown, repeated columns) are reported on line 1.
/// </summary>
internal sealed class CsvSheet
{
    private readonly Dictionary<string, int> _index;

    private CsvSheet(CsvTable table, Dictionary<string, int> index, bool usable)
    {
        Table = table;
        _index = index;
        Usable = usable;
    }

    public CsvTable Table { get; }

    /// <summary>Every required column is present, so the rows can be read.</summary>
    public bool Usable { get; }

    public bool Has(string column) => _index.ContainsKey(column);

    /// <summary>The field index of a canonical column, or -1 when the file lacks it.</summary>
    public int IndexOf(string column) => _index.GetValueOrDefault(column, -1);

    /// <summary>The header as the file writes it (for messages), or the canonical name when absent.</summary>
    public string HeaderOf(string column) => _index.TryGetValue(column, out var i) ? Table.Headers[i] : column;

    /// <summary>The data rows; none when a required column is missing (their values could not be placed).</summary>
    public IEnumerable<CsvRow> Rows(DataFileErrorList errors) =>
        Usable ? Table.Records.Select(record => new CsvRow(this, record, errors)) : [];

    public static CsvSheet Open(CsvTable table, CsvSchema schema, DataFileErrorList errors)
    {
        ArgumentNullException.ThrowIfNull(table);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var header = table.Headers[i];
            var normalized = Columns.Normalize(header);
            if (normalized.Length == 0)
            {
                ReportValuesUnderBlankHeader(table, i, errors);
                continue;
            }
            var column = schema.All.FirstOrDefault(c => Columns.Names(normalized, c));
            if (column is null)
                errors.Add(new DataFileError(table.FileName, 1, header, $"unknown column: {schema.File} takes {schema.Describe()}"));
            else if (index.TryGetValue(column, out var earlier))
                errors.Add(new DataFileError(table.FileName, 1, header,
                    $"repeats column '{table.Headers[earlier]}' (both mean {column}); keep one"));
            else
                index[column] = i;
        }
        var usable = true;
        foreach (var column in schema.Required.Where(c => !index.ContainsKey(c)))
        {
            usable = false;
            var aliases = Columns.AliasesOf(column);
            var accepted = aliases.Count == 0 ? "" : $" (Indonesian header accepted: {string.Join(", ", aliases)})";
            errors.Add(new DataFileError(table.FileName, 1, column, $"required column is missing{accepted}"));
        }
        return new CsvSheet(table, index, usable);
    }

    /// <summary>A trailing separator gives an unnamed, empty column: harmless. One holding values is not.</summary>
    private static void ReportValuesUnderBlankHeader(CsvTable table, int index, DataFileErrorList errors)
    {
        var first = table.Records.FirstOrDefault(r => index < r.Fields.Count && !string.IsNullOrWhiteSpace(r.Fields[index]));
        if (first is not null)
            errors.Add(new DataFileError(table.FileName, 1, null,
                $"column {index + 1} has no header but holds values (first on line {first.Line})"));
    }
}
