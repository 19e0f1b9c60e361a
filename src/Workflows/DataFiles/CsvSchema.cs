namespace Requisition.Workflows.DataFiles;

/// <summary>The columns one input file must have and may have (canonical names, see <see cref="Columns"/>).</summary>
/// <param name="File">The file's conventional name, used in messages ("history.csv expects ...").</param>
internal sealed record CsvSchema(string File, IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>The column list as a reader would write it: "a, b, c (optional: d, e)".</summary>
    public string Describe() =>
        Optional.Count == 0
            ? string.Join(", ", Required)
            : $"{string.Join(", ", Required)} (optional: {string.Join(", ", Optional)})";
}
