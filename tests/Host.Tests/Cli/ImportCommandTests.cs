using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>requisition import</c>: a refused file prints every error located and writes nothing (exit 2); a valid one is
/// written with <c>--yes</c> or a "y" on standard input, never with <c>--dry-run</c> or a "n"; the same file twice
/// changes nothing the second time.
/// </summary>
public sealed class ImportCommandTests
{
    private const string Header = "drug_code,name,form,strength,unit,generic\n";

    [Fact]
    public async Task Import_FileWithABadRow_ExitsTwoWithTheErrorLocatedAndWritesNothing()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var file = WriteFile(district, "catalog.csv", Header + "CLI-1,Zinkum tablet 20 mg,tablet,20,tablet,yes\nCLI-2,Oralit,serbuk,,sachet,barangkali\n");

        var result = await RunAsync(district, null, "import", "catalog", file, "--as", "admin", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error: catalog.csv:3: column 'generic': ", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        Assert.Empty(await CodesAsync(district, "CLI-"));
    }

    [Fact]
    public async Task Import_WithYes_WritesTheFile_AndASecondRunReportsItUnchanged()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var file = WriteFile(district, "catalog.csv", Header + "CLI-1,Zinkum tablet 20 mg,tablet,20,tablet,yes\nCLI-2,Oralit 200 ml,serbuk,,sachet,yes\n");

        var first = await RunAsync(district, null, "import", "catalog", file, "--as", "admin", "--yes");
        var second = await RunAsync(district, null, "import", "catalog", file, "--as", "admin", "--yes");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("added:     2", first.Output, StringComparison.Ordinal);
        Assert.Contains("written: 2 added, 0 changed", first.Output, StringComparison.Ordinal);
        Assert.Equal(new[] { "CLI-1", "CLI-2" }, await CodesAsync(district, "CLI-"));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("unchanged: 2", second.Output, StringComparison.Ordinal);
        Assert.Contains("nothing to change", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_DryRun_PreviewsAndWritesNothing()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var file = WriteFile(district, "catalog.csv", Header + "CLI-1,Zinkum tablet 20 mg,tablet,20,tablet,yes\n");

        var result = await RunAsync(district, null, "import", "catalog", file, "--as", "admin", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("added:     1", result.Output, StringComparison.Ordinal);
        Assert.Contains("dry run: nothing written", result.Output, StringComparison.Ordinal);
        Assert.Empty(await CodesAsync(district, "CLI-"));
    }

    [Theory]
    [InlineData("n\n", false)]
    [InlineData("", false)]
    [InlineData("y\n", true)]
    public async Task Import_AskedOnStandardInput_WritesOnlyOnYes(string answer, bool written)
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var file = WriteFile(district, "catalog.csv", Header + "CLI-1,Zinkum tablet 20 mg,tablet,20,tablet,yes\n");

        var result = await RunAsync(district, answer, "import", "catalog", file, "--as", "admin");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Write 1 changes to ", result.Error, StringComparison.Ordinal);
        Assert.Equal(written ? new[] { "CLI-1" } : [], await CodesAsync(district, "CLI-"));
        Assert.Contains(written ? "written: 1 added" : "nothing written", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownKind_IsAUsageErrorNamingTheKinds()
    {
        using var district = await CycleTestDistrict.CreateAsync();
        var file = WriteFile(district, "catalog.csv", Header);

        var result = await RunAsync(district, null, "import", "obat", file, "--as", "admin", "--yes");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("KIND: 'obat' is not one of facilities, users, catalog", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the verb as <c>requisition ARGS --db FILE</c> would, with <paramref name="input"/> as standard input.</summary>
    private static Task<CliResult> RunAsync(CycleTestDistrict district, string? input, params string[] args) => Task.Run(() =>
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var root = new RootCommand { ImportCommand.Create(output, error, new StringReader(input ?? "")) };
        var parse = root.Parse([.. args, "--db", district.Db]);
        Assert.Empty(parse.Errors);
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliResult(code, output.ToString(), error.ToString());
    });

    private static string WriteFile(CycleTestDistrict district, string name, string text)
    {
        var path = Path.Combine(Path.GetDirectoryName(district.Db)!, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<List<string>> CodesAsync(CycleTestDistrict district, string prefix)
    {
        var database = await RequisitionDatabase.OpenAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, SqlitePath = district.Db });
        await using var db = database.CreateDbContext();
        var codes = await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync();
        return codes.Select(c => c.Value).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }
}
