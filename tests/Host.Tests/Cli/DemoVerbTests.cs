using System.Globalization;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>demo</c> seeds a district of 10 puskesmas into a new file, plays one month through the application commands
/// and reports numbers that add up; a second run on the same file is refused.
/// </summary>
public sealed class DemoVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "requisition-demo-" + Guid.NewGuid().ToString("N"));

    public DemoVerbTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Demo_OnANewFile_PlaysTheMonthForEveryPuskesmasAndRefusesToSeedTheFileTwice()
    {
        var file = Path.Combine(_folder, "demo.db");

        var result = await Task.Run(() => CliRunner.Run("demo", "--db", file, "--puskesmas", "10", "--period", "2026-10"));

        CliAssert.Succeeded(result);
        Assert.True(File.Exists(file));
        Assert.Contains($"database  SQLite file {Path.GetFullPath(file)}", result.Output, StringComparison.Ordinal);
        Assert.Contains("IFK-GARUT: 10 puskesmas, 20 sub-units", result.Output, StringComparison.Ordinal);
        Assert.Contains("150 items from jabar_monitoring_150_item_obat_vaksin_ifk.csv", result.Output, StringComparison.Ordinal);
        Assert.Equal(10, Count(result, "LPLPOs started"));
        Assert.Equal(10, Count(result, "LPLPOs submitted"));
        Assert.Equal(10, Count(result, "LPLPOs closed"));
        Assert.Equal(20, Count(result, "sub-unit requests"));
        Assert.Equal(1, Count(result, "emergency requests"));
        Assert.True(Count(result, "lines adjusted by the IFK") > 0);
        var issued = Count(result, "units issued by the IFK");
        Assert.True(issued > 0);
        Assert.Equal(issued, Count(result, "units accepted") + Count(result, "units rejected"));

        var flags = CycleTestDistrict.Table(result, "RULE");
        Assert.Contains(flags, f => f["RULE"] == "NOT_ON_FORNAS");
        foreach (var f in flags)
            Assert.Equal(Number(f["TOTAL"]), Number(f["ERROR"]) + Number(f["WARNING"]) + Number(f["INFO"]));
        Assert.Contains($"{flags.Sum(f => Number(f["TOTAL"]))} flags on 10 LPLPOs", result.OutputLines);

        var again = await Task.Run(() => CliRunner.Run("demo", "--db", file, "--puskesmas", "10", "--period", "2026-10"));

        CliAssert.BadInput(again, $"error: --db: SQLite file {Path.GetFullPath(file)} already holds a district (");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The number on the summary line "  LABEL   1,234".</summary>
    private static long Count(CliResult result, string label)
    {
        var line = result.OutputLines.Single(l => l.StartsWith($"  {label}  ", StringComparison.Ordinal));
        return Number(line[(label.Length + 2)..].Trim());
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
