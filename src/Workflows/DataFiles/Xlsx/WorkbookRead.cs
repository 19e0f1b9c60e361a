namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>
/// What reading a workbook gave: the value and every problem found, each located by file, sheet, row and column.
/// <see cref="Value"/> is null when the file could not be read as that kind of workbook at all (not a workbook, no
/// table, no valid header block); with errors it holds only the rows that read cleanly, so a caller can check those
/// further (unknown items) and report everything at once. The file is usable only when <see cref="Valid"/>.
/// </summary>
public sealed record WorkbookRead<T>(T? Value, IReadOnlyList<DataFileError> Errors) where T : class
{
    public bool Valid => Errors.Count == 0 && Value is not null;
}
