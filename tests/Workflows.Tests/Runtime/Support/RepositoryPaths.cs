using System.Runtime.CompilerServices;

namespace Requisition.Workflows.Tests.Runtime.Support;

/// <summary>
/// Files of the repository the tests read in place (the committed example definitions), found from this
/// source file's location so the tests work whatever the build output folder.
/// </summary>
internal static class RepositoryPaths
{
    public static string Workflows => Path.Combine(Root(), "workflows");

    public static string Examples => Path.Combine(Workflows, "examples");

    private static string Root([CallerFilePath] string here = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(here), AppContext.BaseDirectory })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Requisition.sln"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("the repository root (with Requisition.sln) was not found");
    }
}
