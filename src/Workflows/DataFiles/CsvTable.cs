using System.Text;

namespace Requisition.Workflows.DataFiles;

/// <summary>
/// A CSV file read whole: RFC 4180 quoting (fields with commas, quotes and line breaks, as in the
/// e-Fornas export), a header row, and the line each record starts on for error messages.
/// Semicolon-separated files (Excel in an Indonesian locale saves them) are recognised by the header.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string fileName, IReadOnlyList<string> headers, IReadOnlyList<CsvRecord> records)
    {
        FileName = fileName;
        Headers = headers;
        Records = records;
    }

    public string FileName { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    /// <summary>Reads a file from disk; an unreadable file is reported as a <see cref="DataFileException"/>.</summary>
    public static CsvTable Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DataFileException(new DataFileError(Path.GetFileName(path), 0, null, $"cannot be read: {e.Message}"));
        }
        return Parse(text, Path.GetFileName(path));
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names the source in error messages.</summary>
    public static CsvTable Parse(string text, string fileName)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var separator = DetectSeparator(text);
        var rows = Tokenize(text, separator, fileName);
        if (rows.Count == 0)
            throw new DataFileException(new DataFileError(fileName, 0, null, "is empty: expected a header row"));
        var header = rows[0];
        var headers = header.Fields.Select(h => h.Trim()).ToArray();
        var records = new List<CsvRecord>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Fields.All(string.IsNullOrWhiteSpace)) continue; // blank lines, trailing separators
            records.Add(row);
        }
        return new CsvTable(fileName, headers, records);
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        return firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
    }

    private static List<CsvRecord> Tokenize(string text, char separator, string fileName)
    {
        var rows = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        var fieldStarted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    continue;
                }
                if (c == '\n') line++;
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
                i++;
                continue;
            }
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                rows.Add(new CsvRecord(rowStart, fields.ToArray()));
                fields.Clear();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
                rowStart = line;
                continue;
            }
            field.Append(c);
            fieldStarted = true;
            i++;
        }
        if (quoted)
            throw new DataFileException(new DataFileError(fileName, rowStart, null, "a quoted field is never closed"));
        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            rows.Add(new CsvRecord(rowStart, fields.ToArray()));
        }
        return rows;
    }
}
