using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

/// <summary>Builds CSV tables from lines of text and captures the errors a reader reports.</summary>
internal static class TestCsv
{
    public static CsvTable Table(string fileName, params string[] lines) =>
        CsvTable.Parse(string.Join("\n", lines) + "\n", fileName);

    /// <summary>The error lines (as the CLI prints them) of the exception <paramref name="read"/> throws.</summary>
    public static IReadOnlyList<string> Errors(Action read)
    {
        var exception = Assert.Throws<DataFileException>(read);
        return exception.Errors.Select(e => e.ToString()).ToList();
    }

    public static string FixturePath(string folder) =>
        Path.Combine(AppContext.BaseDirectory, "DataFiles", "fixtures", folder);
}
