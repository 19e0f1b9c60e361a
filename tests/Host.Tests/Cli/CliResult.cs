using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Tests.Cli;

/// <summary>What one run of the command line returned and printed on standard output and standard error.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines => Lines(Output);

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>The header line of a CSV output.</summary>
    public string CsvHeader => OutputLines.Count > 0 ? OutputLines[0] : "";

    /// <summary>The flags of <c>check --format jsonl</c>, one per output line, in output order.</summary>
    public IReadOnlyList<ReportedFlag> Flags() => [.. OutputLines.Select(ReportedFlag.Parse)];

    /// <summary>Standard output read as CSV with the project's own reader: each row by its header.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> CsvRows()
    {
        var table = CsvTable.Parse(Output, "stdout");
        return [.. table.Records.Select(record => ByHeader(table.Headers, record.Fields))];
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";

    private static Dictionary<string, string> ByHeader(IReadOnlyList<string> headers, IReadOnlyList<string> fields) =>
        headers.Select((header, i) => (header, value: i < fields.Count ? fields[i] : ""))
            .ToDictionary(p => p.header, p => p.value, StringComparer.Ordinal);

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
