namespace Requisition.Host.Cli.Bench;

/// <summary>One size of the rules-engine benchmark; times are medians in milliseconds.</summary>
public sealed record BenchRow(
    int Facilities,
    int Lines,
    double CompileMs,
    double InsertMs,
    double FireMs,
    double TotalMs,
    double PlainMs,
    double Ratio,
    double AllocMb,
    double PeakMb,
    int Flags,
    int Alerts,
    int Runs);
