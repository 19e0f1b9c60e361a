namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Collects the problems found while reading, so one run reports all of them instead of the first.
/// Only the first <see cref="MaxReported"/> are shown; the rest are counted.
/// </summary>
internal sealed class DataFileErrorList
{
    /// <summary>How many problems one exception lists before it says "... and N more".</summary>
    public const int MaxReported = 50;

    private readonly List<DataFileError> _errors = [];

    public int Count => _errors.Count;

    public IReadOnlyList<DataFileError> Items => _errors;

    public void Add(DataFileError error) => _errors.Add(error);

    public void AddRange(IEnumerable<DataFileError> errors) => _errors.AddRange(errors);

    /// <summary>
    /// Throws one <see cref="DataFileException"/> with the first <see cref="MaxReported"/> problems and,
    /// when there were more, a last entry "... and N more" located at <paramref name="source"/>.
    /// </summary>
    public void ThrowIfAny(string source)
    {
        if (_errors.Count == 0) return;
        if (_errors.Count <= MaxReported) throw new DataFileException(_errors.ToArray());
        var shown = _errors.Take(MaxReported).ToList();
        shown.Add(new DataFileError(source, 0, null, $"... and {_errors.Count - MaxReported} more"));
        throw new DataFileException(shown);
    }

    /// <summary>Runs a reader on one table and throws when it found any problem.</summary>
    public static T ReadOrThrow<T>(CsvTable table, Func<CsvTable, DataFileErrorList, T> read)
    {
        ArgumentNullException.ThrowIfNull(table);
        var errors = new DataFileErrorList();
        var result = read(table, errors);
        errors.ThrowIfAny(table.FileName);
        return result;
    }
}
