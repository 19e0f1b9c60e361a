namespace Requisition.Workflows.Tests.DataFiles;

/// <summary>A folder of input files written by a test, deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(params (string Name, string Text)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "requisition-datafiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (name, text) in files) File.WriteAllText(System.IO.Path.Combine(Path, name), text);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
