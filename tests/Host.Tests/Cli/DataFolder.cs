namespace Requisition.Host.Tests.Cli;

/// <summary>
/// A fresh data folder for one test: the files of some fixture folders (copied in order, a later file
/// replacing an earlier one of the same name), plus files the test writes; deleted when the test ends.
/// Tests compose fixtures (the district's formulary with one step's files) and change single files here,
/// never in the fixture folders, so no test sees another's edits.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    private DataFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A folder holding the files of <paramref name="fixtures"/> (folders under <c>Cli/fixtures</c>).</summary>
    public static DataFolder Of(params string[] fixtures)
    {
        var folder = new DataFolder(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "requisition-cli-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(folder.Path);
        foreach (var fixture in fixtures)
            foreach (var file in Directory.GetFiles(Fixtures.Path(fixture)))
                System.IO.File.Copy(file, folder.File(System.IO.Path.GetFileName(file)), overwrite: true);
        return folder;
    }

    /// <summary>The path of <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes (or replaces) a file; <paramref name="text"/> is written as given, in UTF-8.</summary>
    public DataFolder With(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
