using Requisition.Host.Tests.Cli;

namespace Requisition.Host.Tests.Bench;

/// <summary>
/// <c>bench-cycle</c> on a tiny district (2 puskesmas x 20 items) on SQLite: the report names what was played and
/// judges both targets, and the temporary database is gone afterwards. Times are reported, never asserted.
/// </summary>
public sealed class BenchCycleVerbTests
{
    [Fact]
    public void BenchCycle_TwoPuskesmasTwentyItems_ReportsTheMonthsCountsAndBothTargets()
    {
        var result = CliRunner.Run("bench-cycle", "--puskesmas", "2", "--items", "20");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = Report(result);
        Assert.Equal("sqlite", report["provider"]);
        Assert.Equal("2 puskesmas x 20 items", report["district"]);
        Assert.Equal("2", report["lplpos"]);
        Assert.Equal("40", report["lines"]);
        Assert.Equal("2", report["closed"]);
        Assert.Equal("2", report["submits_timed"]);
        Assert.True(long.Parse(report["movements_written"]) > 0, report["movements_written"]);
        Assert.True(double.Parse(report["database_mb"], System.Globalization.CultureInfo.InvariantCulture) > 0, report["database_mb"]);
        Assert.Matches(@"^\d+/\d+/\d+ collections \(gen0/1/2\), \d+\.\d{3} s paused, \d+ MB allocated$", report["month_gc"]);
        Assert.Matches(@"^the same month played first on its own database \(its month: \d+\.\d{3} s\)$", report["warmup"]);
        foreach (var name in new[] { "seed_s", "month_s", "month_cpu_s", "submit_ms_p50", "submit_ms_p95", "submit_ms_max" })
            Assert.Matches(@"^\d+\.\d+$", report[name]);
        Assert.Matches(@"^(PASS|MISS) \d+\.\d{3} s against < 10 s$", report["target_month"]);
        Assert.Matches(@"^(PASS|MISS) \d+\.\d ms against < 50 ms$", report["target_submit_p95"]);
    }

    [Fact]
    public void BenchCycle_NoWarmup_MeasuresTheFirstMonthAndRemovesItsTemporaryDatabase()
    {
        var result = CliRunner.Run("bench-cycle", "--puskesmas", "1", "--items", "5", "--no-warmup");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("none (the month is the process's first)", Report(result)["warmup"]);
        Assert.DoesNotContain("warming up", result.Error);
        var database = Report(result)["database"];
        Assert.EndsWith(" (removed)", database);
        Assert.False(File.Exists(database[..^" (removed)".Length]), database);
    }

    [Theory]
    [InlineData("--puskesmas", "0")]
    [InlineData("--items", "10000")]
    [InlineData("--provider", "mysql")]
    public void BenchCycle_AnOptionOutOfRange_ExitsTwoWithNothingOnStdout(string option, string value)
    {
        var result = CliRunner.Run("bench-cycle", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(option == "--provider" ? "mysql" : option, result.Error);
    }

    /// <summary>The report's <c>name: value</c> lines by name.</summary>
    private static Dictionary<string, string> Report(CliResult result) =>
        result.OutputLines.Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);
}
