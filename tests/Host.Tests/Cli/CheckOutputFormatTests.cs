using System.Text.Json;

namespace Requisition.Host.Tests.Cli;

/// <summary>The three shapes <c>check --format</c> prints the same flags in (the LPLPO fixture: 13 flags).</summary>
public sealed class CheckOutputFormatTests
{
    private static CliResult Check(DataFolder folder, string format) =>
        CliRunner.Run("check", "--step", "lplpo", "--data", folder.Path, "--as-of", Fixtures.AsOf, "--format", format);

    [Fact]
    public void Jsonl_EachLineIsOneFlagObjectWithTheDocumentedFields()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = Check(folder, "jsonl");

        CliAssert.Succeeded(result);
        Assert.Equal(13, result.OutputLines.Count);
        Assert.All(result.OutputLines, line =>
        {
            using var document = JsonDocument.Parse(line);
            var flag = document.RootElement;
            Assert.Equal(JsonValueKind.Object, flag.ValueKind);
            Assert.Equal(JsonValueKind.String, flag.GetProperty("rule").ValueKind);
            Assert.Contains(flag.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.Equal("lplpo", flag.GetProperty("step").GetString());
            Assert.Equal("PKM-A", flag.GetProperty("facility").GetString());
            Assert.Contains(flag.GetProperty("drug_code").ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            Assert.False(string.IsNullOrWhiteSpace(flag.GetProperty("message").GetString()));
            Assert.Equal(JsonValueKind.Object, flag.GetProperty("evidence").ValueKind);
            Assert.Equal(JsonValueKind.Object, flag.GetProperty("thresholds").ValueKind);
            Assert.Equal("default-2026.1", flag.GetProperty("threshold_version").GetString());
        });
    }

    [Fact]
    public void Csv_HasAHeaderAndOneRowPerFlagInTheSameOrder()
    {
        using var folder = DataFolder.Of("district", "monthly");
        var flags = Check(folder, "jsonl").Flags();

        var result = Check(folder, "csv");

        CliAssert.Succeeded(result);
        Assert.Equal("rule,severity,step,facility,drug_code,period,subject,message", result.CsvHeader);
        var rows = result.CsvRows();
        Assert.Equal(flags.Select(f => (f.Rule, f.Severity, f.DrugCode ?? "", f.Message)),
            rows.Select(r => (r["rule"], r["severity"], r["drug_code"], r["message"])));
    }

    [Fact]
    public void Table_EndsWithTheCountOfFlagsBySeverity()
    {
        using var folder = DataFolder.Of("district", "monthly");

        var result = Check(folder, "table");

        CliAssert.Succeeded(result);
        Assert.StartsWith("SEVERITY", result.OutputLines[0], StringComparison.Ordinal);
        // Header, rule line, 13 flags, count line.
        Assert.Equal(16, result.OutputLines.Count);
        Assert.Equal("13 flags (3 error, 1 info, 9 warning)", result.OutputLines[^1]);
    }
}
