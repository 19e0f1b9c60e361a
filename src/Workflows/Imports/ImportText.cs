using System.Globalization;
using System.Text;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// The whole-file checks every import makes before reading a single row: not empty, not larger than
/// <see cref="ImportService.MaxBytes"/>, text and not a workbook or other binary file, valid UTF-8; then the CSV table.
/// Cheap on any input: a file of random bytes is refused at its first NUL byte or invalid UTF-8 sequence, without
/// decoding the rest.
/// </summary>
internal static class ImportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Refuses a file larger than the limit; true when it may be read.</summary>
    public static bool WithinLimit(ImportFile file, DataFileErrorList errors)
    {
        if (file.Content.LongLength <= ImportService.MaxBytes) return true;
        errors.Add(new DataFileError(file.FileName, 0, null,
            $"is {Size(file.Content.LongLength)}, more than the {Size(ImportService.MaxBytes)} an import takes: split it into smaller files"));
        return false;
    }

    /// <summary>The file as CSV text, or null (and the reason in <paramref name="errors"/>) when it is not CSV text.</summary>
    public static string? Decode(ImportFile file, DataFileErrorList errors)
    {
        var bytes = file.Content;
        if (bytes.Length == 0)
        {
            errors.Add(new DataFileError(file.FileName, 0, null, "is empty: expected a header row"));
            return null;
        }
        if (IsZip(bytes))
        {
            errors.Add(new DataFileError(file.FileName, 0, null,
                "is not a CSV text file: it is a workbook (.xlsx) or another zip file; save it as \"CSV UTF-8\" and import that"));
            return null;
        }
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            errors.Add(new DataFileError(file.FileName, 0, null,
                "is not a CSV text file: it is UTF-16 text (\"Unicode text\"); save it as \"CSV UTF-8\""));
            return null;
        }
        var nul = bytes.AsSpan().IndexOf((byte)0);
        if (nul >= 0)
        {
            errors.Add(new DataFileError(file.FileName, 0, null,
                $"is not a CSV text file: it holds binary data (a NUL byte at byte {nul + 1})"));
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" (byte {e.Index + 1})" : "";
            errors.Add(new DataFileError(file.FileName, 0, null,
                $"is not a CSV text file: it is not UTF-8 text{at}; save it as \"CSV UTF-8\""));
            return null;
        }
    }

    /// <summary>
    /// The CSV table of the text; null when it cannot be read as CSV. A table with a header and no rows is returned (its
    /// header is still checked) with the error that it holds nothing to import.
    /// </summary>
    public static CsvTable? Parse(string text, string fileName, DataFileErrorList errors)
    {
        CsvTable table;
        try
        {
            table = CsvTable.Parse(text, fileName);
        }
        catch (DataFileException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }
        if (table.Headers.All(string.IsNullOrWhiteSpace))
        {
            errors.Add(new DataFileError(fileName, 1, null, "has no header row: the first line must name the columns"));
            return null;
        }
        if (table.Records.Count == 0)
        {
            errors.Add(new DataFileError(fileName, 0, null, "has a header but no rows: there is nothing to import"));
        }
        return table;
    }

    /// <summary>A workbook is a zip archive: it starts with "PK\x03\x04".</summary>
    public static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;

    /// <summary>A byte count as people read it: "33.5 MB", "800 KB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => $"{bytes} bytes",
    };
}
