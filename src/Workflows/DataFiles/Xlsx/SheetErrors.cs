namespace Requisition.Workflows.DataFiles.Xlsx;

/// <summary>Collects the problems of one worksheet, each located by file, sheet, row and column ("G (Pemakaian)").</summary>
internal sealed class SheetErrors(string fileName, string sheet, List<DataFileError> errors)
{
    public int Count => errors.Count;

    public void Add(int row, string? column, string reason) =>
        errors.Add(new DataFileError(fileName, row, column, reason) { Sheet = sheet });

    /// <summary>A column named as a person finds it: its letter and, when known, the header above it.</summary>
    public static string Column(int column, string? header) =>
        string.IsNullOrWhiteSpace(header) ? CellAddress.Letters(column) : $"{CellAddress.Letters(column)} ({header.Trim()})";
}
