namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>One problem in a workflow definition file, located so the author can find and fix it.</summary>
/// <param name="File">The file as shown to people, e.g. "workflows/lplpo-monthly.v1.json".</param>
/// <param name="Path">Where in the file, as a JSON path ("$.activities[3].next.approve"); null for a syntax error.</param>
/// <param name="Line">1-based line of a JSON syntax error; 0 otherwise.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record DefinitionError(string File, string? Path, int Line, string Message)
{
    public static DefinitionError At(string file, string path, string message) => new(file, path, 0, message);

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Path is null ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}
