using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Runtime.Definitions;

/// <summary>
/// Loads workflow definitions from JSON files and validates them against the registered activity types.
/// A file with any problem is refused with <see cref="WorkflowDefinitionException"/> listing every problem
/// as "file: path: message".
/// </summary>
public sealed class WorkflowDefinitionLoader(ActivityRegistry registry)
{
    /// <summary>Loads one definition from its text; <paramref name="file"/> is the name used in messages.</summary>
    public WorkflowDefinition Load(string file, string json)
    {
        var problems = new DefinitionProblems(file);
        var definition = DefinitionReader.Read(json, problems);
        if (definition is not null) DefinitionChecks.Check(definition, registry, problems);
        if (problems.HasErrors || definition is null) throw new WorkflowDefinitionException(problems.Errors);
        return definition;
    }

    /// <summary>Loads one file; messages name it as <paramref name="displayName"/> (default: the path as given).</summary>
    public WorkflowDefinition LoadFile(string path, string? displayName = null) =>
        Load(displayName ?? path.Replace('\\', '/'), File.ReadAllText(path));

    /// <summary>
    /// Loads every <c>*.json</c> under <paramref name="folder"/> (sub-folders included), named in messages by
    /// the folder's own name and the relative path, e.g. "workflows/lplpo-monthly.v1.json". Reports the problems
    /// of all files at once, and an id and version defined by two files.
    /// </summary>
    public IReadOnlyList<WorkflowDefinition> LoadDirectory(string folder)
    {
        var root = Path.GetFullPath(folder);
        var label = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var errors = new List<DefinitionError>();
        var loaded = new List<WorkflowDefinition>();
        var files = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = $"{label}/{Path.GetRelativePath(root, path).Replace('\\', '/')}";
            try
            {
                loaded.Add(LoadFile(path, name));
            }
            catch (WorkflowDefinitionException e)
            {
                errors.AddRange(e.Errors);
            }
        }
        foreach (var same in loaded.GroupBy(d => (d.Id, d.Version)).Where(g => g.Count() > 1))
        {
            foreach (var later in same.Skip(1))
                errors.Add(DefinitionError.At(later.File, "$.version", $"{later.Id} v{later.Version} is also defined in {same.First().File}"));
        }
        if (errors.Count > 0) throw new WorkflowDefinitionException(errors);
        return loaded;
    }
}
