namespace Requisition.Workflows.DataFiles;

/// <summary>One problem in an input file, located so a person can find and fix it.</summary>
/// <param name="File">The file's name as the user gave it.</param>
/// <param name="Line">1-based line in the file (the header is line 1); 0 when the problem is the whole file.</param>
/// <param name="Column">The column's header name, or null when the problem is the whole row or file.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record DataFileError(string File, int Line, string? Column, string Reason)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Column is null ? $"{where}: {Reason}" : $"{where}: column '{Column}': {Reason}";
    }
}
