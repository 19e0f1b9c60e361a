using System.Globalization;
using Requisition.Host.Tests.Cli;

namespace Requisition.Host.Tests.Bench;

/// <summary>
/// <c>bench-dashboard</c> on a tiny district (2 puskesmas x 10 items x 3 months): the report names the range and the
/// runs and judges the 1 s target, and the temporary database is gone afterwards. Times are reported, never asserted.
/// </summary>
public sealed class BenchDashboardVerbTests
{
    [Fact]
    public void BenchDashboard_TinyDistrict_ReportsTheRangeTheRunsAndTheTarget()
    {
        var result = CliRunner.Run("bench-dashboard", "--puskesmas", "2", "--items", "10", "--months", "3", "--runs", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var report = Report(result);
        Assert.Equal("2 puskesmas x 10 items", report["district"]);
        Assert.Equal("2026-07..2026-09 (the whole district, as the IFK officer)", report["range"]);
        Assert.Equal("60", report["lplpo_lines"]);
        Assert.Equal("21", report["trend_points"]); // 7 trends x 3 months
        Assert.True(int.Parse(report["figures"], CultureInfo.InvariantCulture) >= 15, report["figures"]);
        Assert.Equal("2", report["runs"]);
        Assert.Matches(@"^\d+\.\d \d+\.\d$", report["runs_ms"]);
        Assert.Matches(@"^\d+\.\d \(a second host's first dashboard", report["uncached_ms"]);
        foreach (var name in new[] { "seed_s", "warmup_ms", "dashboard_ms_median", "dashboard_ms_max" })
            Assert.Matches(@"^\d+\.\d+$", report[name]);
        Assert.Matches(@"^(PASS|MISS) median \d+\.\d ms \(max \d+\.\d ms\) against < 1000 ms$", report["target_dashboard"]);
        var database = report["database"];
        Assert.EndsWith(" (removed)", database);
        Assert.False(File.Exists(database[..^" (removed)".Length]), database);
    }

    [Theory]
    [InlineData("--puskesmas", "0")]
    [InlineData("--items", "10000")]
    [InlineData("--months", "37")]
    [InlineData("--runs", "0")]
    public void BenchDashboard_AnOptionOutOfRange_ExitsTwoWithNothingOnStdout(string option, string value)
    {
        var result = CliRunner.Run("bench-dashboard", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Contains(option, result.Error);
    }

    /// <summary>The report's <c>name: value</c> lines by name.</summary>
    private static Dictionary<string, string> Report(CliResult result) =>
        result.OutputLines.Select(line => line.Split(':', 2))
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);
}
