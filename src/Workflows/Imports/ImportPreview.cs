using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Imports;

/// <summary>
/// What importing a file would do (pratinjau impor), computed without writing anything: its SHA-256 (what the person
/// confirms), the data rows, every problem with its file, sheet, row and column (the first 200 in
/// <see cref="Errors"/>, all counted in <see cref="TotalErrors"/>), how many records it adds, changes and leaves as
/// they are, the first 200 adds and changes, and notes (e.g. what a new FORNAS edition changes in the matching).
/// </summary>
public sealed record ImportPreview(
    ImportKind Kind, string FileName, string Sha256, int Rows,
    IReadOnlyList<DataFileError> Errors, int TotalErrors,
    int Added, int Changed, int Unchanged,
    IReadOnlyList<ImportChange> Changes,
    IReadOnlyList<string> Notes)
{
    /// <summary>How many errors and changes a preview lists (the rest are counted).</summary>
    public const int MaxListed = 200;

    public bool Valid => TotalErrors == 0;

    public bool ChangesNothing => Added == 0 && Changed == 0;
}
