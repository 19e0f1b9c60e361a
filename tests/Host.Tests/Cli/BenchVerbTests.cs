namespace Requisition.Host.Tests.Cli;

/// <summary><c>bench --format csv</c> on the one-facility workload, whose counts the benchmark specification fixes.</summary>
public sealed class BenchVerbTests
{
    [Fact]
    public void Bench_OneFacilityCsv_ReportsTheSpecifiedLinesFlagsAndAlerts()
    {
        var result = CliRunner.Run("bench", "--facilities", "1", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("facilities,lines,compile_ms,insert_ms,fire_ms,total_ms,plain_ms,ratio,alloc_mb,peak_mb,flags,alerts", result.CsvHeader);
        var row = Assert.Single(result.CsvRows());
        Assert.Equal("1", row["facilities"]);
        Assert.Equal("300", row["lines"]);
        Assert.Equal("18", row["flags"]);
        Assert.Equal("1", row["alerts"]);
    }
}
