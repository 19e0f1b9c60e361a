using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// Opens an uploaded .xlsx defensively and reads its worksheets into <see cref="SheetGrid"/>s. Whatever is not a
/// readable workbook (random bytes, a CSV or an old .xls renamed, a damaged zip, a file past the limits) becomes one
/// whole-file error, found from the first bytes or the zip directory before anything large is read.
/// </summary>
internal static class WorkbookFile
{
    private const int HeadLength = 512;
    private const string SaveAsXlsx = "save it from the spreadsheet program as an Excel Workbook (.xlsx)";

    /// <summary>The worksheets in workbook order, or null with the reason in <paramref name="errors"/>.</summary>
    public static List<SheetGrid>? Read(Stream input, string fileName, List<DataFileError> errors, WorkbookLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= WorkbookLimits.Default;
        var head = new byte[HeadLength];
        var length = input.ReadAtLeast(head, HeadLength, throwOnEndOfStream: false);
        if (NotAZip(head.AsSpan(0, length)) is { } reason)
        {
            errors.Add(new DataFileError(fileName, 0, null, reason));
            return null;
        }
        using var buffer = new MemoryStream();
        buffer.Write(head, 0, length);
        if (!CopyAtMost(input, buffer, limits.MaxBytes))
        {
            errors.Add(new DataFileError(fileName, 0, null, $"is larger than {limits.MaxBytes / (1024 * 1024)} MB: an LPLPO workbook is far smaller"));
            return null;
        }
        try
        {
            CheckZipDirectory(buffer, limits);
            buffer.Position = 0;
            using var document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartCharacters });
            return Sheets(document, limits, fileName, errors);
        }
        catch (WorkbookTooLargeException tooLarge)
        {
            errors.Add(new DataFileError(fileName, 0, null, $"is too large to read: {tooLarge.Message}"));
        }
        catch (Exception damaged) when (damaged is not (OperationCanceledException or OutOfMemoryException))
        {
            errors.Add(new DataFileError(fileName, 0, null, $"is not a readable Excel workbook (.xlsx): the file is damaged or another kind of document; {SaveAsXlsx}"));
        }
        return null;
    }

    /// <summary>Why the first bytes show the file is no .xlsx (which is a zip), or null when they could be one.</summary>
    private static string? NotAZip(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0) return "is empty (0 bytes)";
        if (head.Length >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04) return null;
        if (head.Length >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            return $"is an Excel 97-2003 workbook (.xls) or a password-protected one, which cannot be read; remove any password and {SaveAsXlsx}";
        if (LooksLikeText(head))
            return "is not an Excel workbook (.xlsx): it holds plain text (a CSV file renamed .xlsx?); upload it as .csv, or " + SaveAsXlsx;
        return "is not an Excel workbook (.xlsx): it does not start like one; " + SaveAsXlsx;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is 0x09 or 0x0A or 0x0D || b >= 0x20 && b != 0x7F) continue;
            return false;
        }
        return true;
    }

    /// <summary>Copies the rest of <paramref name="input"/>; false as soon as the whole passes <paramref name="maxBytes"/>.</summary>
    private static bool CopyAtMost(Stream input, MemoryStream buffer, long maxBytes)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return false;
            buffer.Write(chunk, 0, read);
        }
        return true;
    }

    /// <summary>The zip's own directory says how many parts there are and how large they expand: refuse a bomb before inflating it.</summary>
    private static void CheckZipDirectory(MemoryStream buffer, WorkbookLimits limits)
    {
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > limits.MaxEntries) throw new WorkbookTooLargeException($"holds more than {limits.MaxEntries} parts");
        var expanded = zip.Entries.Sum(e => e.Length);
        if (expanded > limits.MaxExpandedBytes)
            throw new WorkbookTooLargeException($"expands to more than {limits.MaxExpandedBytes / (1024 * 1024)} MB");
        if (zip.GetEntry("[Content_Types].xml") is null) throw new InvalidDataException("a zip archive, but no Office document");
    }

    private static List<SheetGrid>? Sheets(SpreadsheetDocument document, WorkbookLimits limits, string fileName, List<DataFileError> errors)
    {
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("no workbook part");
        var sheets = workbookPart.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        if (sheets.Count > limits.MaxSheets) throw new WorkbookTooLargeException($"holds more than {limits.MaxSheets} sheets");
        var strings = SharedStrings.Read(workbookPart.SharedStringTablePart, limits);
        var grids = new List<SheetGrid>();
        foreach (var sheet in sheets)
        {
            var id = sheet.Id?.Value;
            var part = id is not null && workbookPart.TryGetPartById(id, out var found) ? found as WorksheetPart : null;
            if (part is null) continue;
            var grid = new SheetGrid(sheet.Name?.Value ?? $"Sheet{grids.Count + 1}");
            WorksheetXml.Read(part.GetStream(FileMode.Open, FileAccess.Read), grid, strings, limits);
            grids.Add(grid);
        }
        if (grids.Count == 0)
        {
            errors.Add(new DataFileError(fileName, 0, null, "is an empty workbook: it holds no worksheet"));
            return null;
        }
        return grids;
    }
}
