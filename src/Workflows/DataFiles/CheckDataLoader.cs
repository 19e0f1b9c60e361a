using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// Reads the input files of <c>check</c> (and <c>rko</c>, <c>indicators</c>) from one folder: whichever
/// known files exist (<see cref="DataFileNames"/>, names matched ignoring case); other files are ignored.
/// Every problem in every file is collected and thrown together as one <see cref="DataFileException"/>.
/// </summary>
public static class CheckDataLoader
{
    public static CheckData Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
            throw new DataFileException(new DataFileError(directory, 0, null, "is not a folder that exists"));
        var errors = new DataFileErrorList();
        var folder = new Folder(directory, errors);
        if (folder.IsEmpty)
        {
            errors.Add(new DataFileError(directory, 0, null,
                $"holds none of the known files ({string.Join(", ", DataFileNames.All)})"));
            errors.ThrowIfAny(directory);
        }

        IReadOnlySet<ItemKey>? listed = null;
        var formulary = folder.Read(DataFileNames.Formulary, (t, e) => FormularyCsv.Read(t, e, out listed), []);
        var coverage = listed is null ? null : new FormularyCoverage(listed);
        var history = folder.Read(DataFileNames.History, HistoryCsv.Read, [],
            (t, rows, e) => coverage?.Check(t, rows, m => m.Key, e));
        var lplpo = folder.Read(DataFileNames.Lplpo, LplpoCsv.Read, ([], []),
            (t, read, e) => coverage?.Check(t, read.Lines, l => l.Key, e));
        var batches = folder.Read(DataFileNames.Batches, BatchesCsv.Read, [],
            (t, rows, e) => coverage?.Check(t, rows, b => b.Key, e));
        var rko = folder.Read(DataFileNames.Rko, RkoCsv.Read, [],
            (t, rows, e) => coverage?.Check(t, rows, r => r.Key, e));
        var shipments = folder.Read(DataFileNames.Shipments, ShipmentsCsv.Read, []);
        var receipts = folder.Read(DataFileNames.Receipts, ReceiptsCsv.Read, []);
        var budgets = folder.Read(DataFileNames.Budget, BudgetCsv.Read, []);
        var fornas = folder.Read(DataFileNames.Fornas, (t, _) => FornasCsv.Read(t), []);
        var doen = folder.Read(DataFileNames.Doen, (t, _) => DoenCsv.Read(t), null);
        errors.ThrowIfAny(directory);

        return new CheckData(
            fornas,
            doen,
            Values(formulary),
            Values(history),
            Values(lplpo.Lines),
            lplpo.Documents,
            Values(batches),
            Values(rko),
            Values(shipments),
            Values(receipts),
            Values(budgets),
            folder.FilesRead);
    }

    private static List<T> Values<T>(IEnumerable<Lined<T>> rows) => rows.Select(r => r.Value).ToList();

    /// <summary>The known files of one folder, read one by one into a shared error list.</summary>
    private sealed class Folder
    {
        private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
        private readonly List<string> _filesRead = [];
        private readonly DataFileErrorList _errors;

        public Folder(string directory, DataFileErrorList errors)
        {
            _errors = errors;
            var files = Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal).ToList();
            foreach (var name in DataFileNames.All)
            {
                var matches = files.Where(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matches.Count == 1 && Directory.Exists(matches[0]))
                    errors.Add(new DataFileError(Path.GetFileName(matches[0]), 0, null, "is a folder, not a file"));
                else if (matches.Count > 1)
                    errors.Add(new DataFileError(name, 0, null,
                        $"is there {matches.Count} times in different letter case ({string.Join(", ", matches.Select(Path.GetFileName))}); keep one"));
                else if (matches.Count == 1)
                    _paths[name] = matches[0];
            }
        }

        public bool IsEmpty => _paths.Count == 0 && _errors.Count == 0;

        public IReadOnlyList<string> FilesRead => _filesRead;

        /// <summary>
        /// Reads one file if the folder has it, else returns <paramref name="absent"/>. The file's own
        /// problems and those of <paramref name="check"/> (other files' consistency) are kept in line order.
        /// </summary>
        public T Read<T>(string name, Func<CsvTable, DataFileErrorList, T> read, T absent,
            Action<CsvTable, T, DataFileErrorList>? check = null)
        {
            if (!_paths.TryGetValue(name, out var path)) return absent;
            _filesRead.Add(Path.GetFileName(path));
            var fileErrors = new DataFileErrorList();
            var result = absent;
            try
            {
                var table = CsvTable.Load(path);
                result = read(table, fileErrors);
                check?.Invoke(table, result, fileErrors);
            }
            catch (DataFileException e)
            {
                fileErrors.AddRange(e.Errors);
            }
            // Line 0 means the whole file (or "... and N more" from a reader that caps its own list): last.
            _errors.AddRange(fileErrors.Items.OrderBy(e => e.Line == 0 ? int.MaxValue : e.Line));
            return result;
        }
    }
}
