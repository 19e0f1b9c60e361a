using System.Reflection;
using Microsoft.Playwright;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>
/// A test's screenshots: one PNG per page visited, numbered in the order taken, in artifacts/e2e/TEST/ at the
/// repository root (git ignores the folder). The folder is emptied when the test starts, so it shows the last run.
/// </summary>
public sealed class Screenshots
{
    private readonly string _folder;
    private int _count;

    public Screenshots(string test)
    {
        _folder = Path.Combine(RepositoryRoot(), "artifacts", "e2e", test);
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        Directory.CreateDirectory(_folder);
    }

    public string Folder => _folder;

    /// <summary>Saves the whole page as NN-name.png.</summary>
    public async Task TakeAsync(IPage page, string name)
    {
        var file = Path.Combine(_folder, $"{++_count:D2}-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }

    /// <summary>
    /// The folder holding Requisition.sln, found by walking up from the test's output folder, or (when the output
    /// was built elsewhere, with an artifacts path) from the folder the test project was built from.
    /// </summary>
    public static string RepositoryRoot()
    {
        var source = typeof(Screenshots).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "SourceFolder")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, source }.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Requisition.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no Requisition.sln above {AppContext.BaseDirectory} or {source}");
    }
}
