using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Tests.DataFiles;

/// <summary>
/// Each fixtures/bad-* folder holds input with one kind of problem and, in expected.txt, the exact
/// lines the CLI must print for it.
/// </summary>
public sealed class BadInputFolderTests
{
    public static TheoryData<string> BadFolders() =>
    [
        .. Directory.GetDirectories(TestCsv.FixturePath(""))
            .Select(d => new DirectoryInfo(d).Name)
            .Where(n => n.StartsWith("bad-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];

    [Fact]
    public void Fixtures_HoldTheBadInputFolders()
    {
        Assert.True(BadFolders().Count >= 10, "the bad-* fixture folders were not copied to the test output");
    }

    [Theory]
    [MemberData(nameof(BadFolders))]
    public void Load_BadFolder_ReportsExactlyTheExpectedErrors(string folder)
    {
        var path = TestCsv.FixturePath(folder);
        var expected = File.ReadAllLines(Path.Combine(path, "expected.txt")).Where(l => l.Length > 0).ToList();

        var errors = TestCsv.Errors(() => CheckDataLoader.Load(path));

        Assert.Equal(expected, errors);
    }
}
