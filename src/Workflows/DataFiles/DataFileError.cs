namespace Requisition.Workflows.DataFiles;

/// <summary>One problem in an input file, located so a person can find and fix it.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">1-based line in the file (the header is line 1), or the row of a spreadsheet; 0 when the problem is the whole file (or sheet).</param>
/// <param name="Column">The column's header name (or a spreadsheet's column letter and header), or null when the problem is the whole row or file.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record DataFileError(string File, int Line, string? Column, string Reason)
{
    /// <summary>The worksheet of a workbook the problem is on; null for a CSV file.</summary>
    public string? Sheet { get; init; }

    public override string ToString()
    {
        var file = Sheet is null ? File : $"{File}[{Sheet}]";
        var where = Line > 0 ? $"{file}:{Line}" : file;
        return Column is null ? $"{where}: {Reason}" : $"{where}: column '{Column}': {Reason}";
    }
}
