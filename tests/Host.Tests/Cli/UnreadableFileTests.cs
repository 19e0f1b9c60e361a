namespace Requisition.Host.Tests.Cli;

/// <summary>
/// A file that is there by name but cannot be read is bad input (exit 2, named on standard error), never a
/// crash and never silently skipped. The tests run as any user, root included, so permissions are not
/// used to make a file unreadable: a symbolic link to nothing and a folder in place of a file are.
/// </summary>
public sealed class UnreadableFileTests
{
    [Fact]
    public void Check_LplpoThatIsALinkToNothing_IsReportedAsUnreadable()
    {
        using var folder = DataFolder.Of("district", "monthly");
        File.Delete(folder.File("lplpo.csv"));
        File.CreateSymbolicLink(folder.File("lplpo.csv"), folder.File("gone.csv"));

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.BadInput(result, "error: lplpo.csv: cannot be read");
    }

    [Fact]
    public void Check_FolderNamedLplpoCsv_IsReportedInsteadOfSkipped()
    {
        using var folder = DataFolder.Of("district", "monthly");
        File.Delete(folder.File("lplpo.csv"));
        Directory.CreateDirectory(folder.File("lplpo.csv"));

        var result = CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf);

        CliAssert.BadInput(result, "error: lplpo.csv");
    }

    [Fact]
    public void Rko_HistoryThatIsAFolder_IsReportedAsUnreadable()
    {
        using var folder = DataFolder.Of();
        Directory.CreateDirectory(folder.File("history.csv"));

        var result = CliRunner.Run("rko", "--history", folder.File("history.csv"));

        CliAssert.BadInput(result, "error: history.csv: cannot be read");
    }

    [Fact]
    public void MatchFornas_ItemsFileThatDoesNotExist_IsReportedAsUnreadable()
    {
        using var folder = DataFolder.Of();

        var result = CliRunner.Run("match-fornas", "--items", folder.File("items.csv"));

        CliAssert.BadInput(result, "error: items.csv: cannot be read");
    }
}
