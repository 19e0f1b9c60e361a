namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// How much of a workbook the reader takes before it refuses the file: they keep a hostile or mistaken upload (a
/// 10 MB junk file, a zip that expands to gigabytes, a sheet of a million rows) fast and within bounded memory. An
/// LPLPO holds a few hundred rows; these are far above any real form.
/// </summary>
internal sealed record WorkbookLimits(
    long MaxBytes = 32L * 1024 * 1024,
    long MaxExpandedBytes = 256L * 1024 * 1024,
    int MaxEntries = 2_000,
    long MaxPartCharacters = 128L * 1024 * 1024,
    int MaxRows = 10_000,
    int MaxCells = 400_000,
    int MaxSharedStrings = 500_000,
    int MaxSheets = 50)
{
    public static WorkbookLimits Default { get; } = new();
}
