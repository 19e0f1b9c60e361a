using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// The Indonesian headers accepted for the columns only the import files have (jenis, induk, aktif, peran, isi_kemasan
/// ...), on top of the shared ones of <see cref="Columns"/>. Before the CSV is read such a header is renamed to its
/// canonical column, so the shared header rules (unknown, missing and repeated columns) apply unchanged; problems found
/// in a renamed column are then reported under the header as the file writes it.
/// </summary>
internal sealed class ImportHeaders
{
    private readonly Dictionary<string, string> _original = new(StringComparer.Ordinal);

    private ImportHeaders()
    {
    }

    /// <summary>Renames the aliased headers of <paramref name="text"/>'s header line; <paramref name="aliases"/>: canonical column -> normalised aliases.</summary>
    public static (string Text, ImportHeaders Headers) Rename(string text, IReadOnlyDictionary<string, string[]> aliases)
    {
        var headers = new ImportHeaders();
        var end = HeaderEnd(text);
        var headerLine = text[..end];
        CsvTable header;
        try
        {
            header = CsvTable.Parse(headerLine, "header");
        }
        catch (DataFileException)
        {
            return (text, headers);
        }
        var separator = headerLine.Count(c => c == ';') > headerLine.Count(c => c == ',') ? ";" : ",";
        var names = header.Headers.ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var normalized = Columns.Normalize(names[i]);
            var canonical = aliases.FirstOrDefault(a => a.Value.Contains(normalized, StringComparer.Ordinal)).Key;
            if (canonical is null || canonical == normalized) continue;
            headers._original[canonical] = names[i];
            names[i] = canonical;
        }
        if (headers._original.Count == 0) return (text, headers);
        return (string.Join(separator, names.Select(CsvField.Escape)) + text[end..], headers);
    }

    /// <summary>The errors with a renamed column named as the file writes it.</summary>
    public IEnumerable<DataFileError> AsWritten(IEnumerable<DataFileError> errors) =>
        errors.Select(e => e.Column is { } column && _original.TryGetValue(column, out var original) ? e with { Column = original } : e);

    /// <summary>Where the header record ends: the first line break outside quotes.</summary>
    private static int HeaderEnd(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\r' or '\n') return i;
        }
        return text.Length;
    }
}
