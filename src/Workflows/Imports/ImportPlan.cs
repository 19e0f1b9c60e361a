using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// One import's check in progress: the file, the database unit it is checked against, every problem found, what each
/// row would do (added, changed, unchanged) and the write that carries it out. An importer fills it; the service turns
/// it into the preview, and on apply runs <see cref="Write"/> when no problem was found.
/// </summary>
internal sealed class ImportPlan
{
    private readonly List<ImportChange> _changes = [];
    private readonly List<string> _notes = [];

    public ImportPlan(ImportKind kind, ImportFile file, string sha256, ImportOptions options, CycleUnit unit,
        ImportProgressReporter progress, CancellationToken cancellationToken)
    {
        Kind = kind;
        File = file;
        Sha256 = sha256;
        Options = options;
        Unit = unit;
        Progress = progress;
        CancellationToken = cancellationToken;
    }

    public ImportKind Kind { get; }

    public ImportFile File { get; }

    public string FileName => File.FileName;

    public string Sha256 { get; }

    public ImportOptions Options { get; }

    public CycleUnit Unit { get; }

    public ImportProgressReporter Progress { get; }

    public CancellationToken CancellationToken { get; }

    public DataFileErrorList Errors { get; } = new();

    /// <summary>The file's data rows (records after the header).</summary>
    public int Rows { get; set; }

    public int Added { get; private set; }

    public int Changed { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Whether another add or change would still be listed (compute its detail only then).</summary>
    public bool Listing => _changes.Count < ImportPreview.MaxListed;

    /// <summary>Stages the writes in <see cref="Unit"/> (apply only, when no problem was found); null when there is nothing to write.</summary>
    public Func<Task>? Write { get; set; }

    /// <summary>Passwords generated for new users by the write.</summary>
    public List<IssuedPassword> Passwords { get; } = [];

    public void Add(string key, string? detail = null)
    {
        Added++;
        if (Listing) _changes.Add(new ImportChange(ImportChange.Add, key, detail));
    }

    /// <summary>An add whose key and detail are only built while adds are still listed (for files of many thousand rows).</summary>
    public void Add(Func<(string Key, string? Detail)> describe)
    {
        if (!Listing)
        {
            Added++;
            return;
        }
        var (key, detail) = describe();
        Add(key, detail);
    }

    public void Change(string key, string? detail)
    {
        Changed++;
        if (Listing) _changes.Add(new ImportChange(ImportChange.Change, key, detail));
    }

    public void Same(int rows = 1) => Unchanged += rows;

    public void Note(string note) => _notes.Add(note);

    /// <summary>A problem with the whole file (not one row).</summary>
    public void FileError(string reason) => Errors.Add(new DataFileError(FileName, 0, null, reason));

    /// <summary>
    /// Reads the file as CSV: the whole-file checks, then the table (progress "reading"). With <paramref name="aliases"/>,
    /// the import-only Indonesian headers are renamed first (<see cref="ImportHeaders"/>). Null when it is not CSV text.
    /// </summary>
    public CsvTable? ReadCsv(IReadOnlyDictionary<string, string[]>? aliases, out ImportHeaders? headers)
    {
        headers = null;
        Progress.Start(ImportProgress.Reading, File.Content.LongLength);
        var text = ImportText.Decode(File, Errors);
        if (text is null) return null;
        if (aliases is not null)
        {
            (text, var renamed) = ImportHeaders.Rename(text, aliases);
            headers = renamed;
        }
        var table = ImportText.Parse(text, FileName, Errors);
        Rows = table?.Records.Count ?? 0;
        Progress.Finish();
        return table;
    }

    /// <summary>Runs a reader of <c>DataFiles</c> on the table; its problems join the plan's, renamed columns as the file writes them.</summary>
    public T Read<T>(CsvTable table, Func<CsvTable, DataFileErrorList, T> read, ImportHeaders? headers = null)
    {
        var found = new DataFileErrorList();
        var result = read(table, found);
        Errors.AddRange(headers is null ? found.Items : headers.AsWritten(found.Items));
        return result;
    }

    public ImportPreview Preview()
    {
        // Whole-file problems first (they explain the rest), then by line as the file reads.
        var errors = Errors.Items.Select((e, i) => (e, i)).OrderBy(x => x.e.Line == 0 ? 0 : 1).ThenBy(x => x.e.Line).ThenBy(x => x.i)
            .Take(ImportPreview.MaxListed).Select(x => x.e).ToList();
        return new ImportPreview(Kind, FileName, Sha256, Rows, errors, Errors.Count, Added, Changed, Unchanged, _changes.ToList(), _notes.ToList());
    }
}
