namespace Requisition.Host.Cli.Bench.Import;

/// <summary>
/// What <c>bench-import</c> measured: the history file's rows and size, the seconds of the preview and the apply (and
/// their sum, the import a person waits for), the counts written, the second apply of the same file (nothing changed)
/// and the process's peak working set.
/// </summary>
public sealed record ImportBenchResult(
    int Puskesmas, int Items, int Months, string Location, bool Kept, double SeedSeconds,
    int Rows, long Bytes, double PreviewSeconds, double ApplySeconds, int Added, int Changed, int Unchanged,
    double ReapplySeconds, int ReapplyAdded, int ReapplyChanged, int ReapplyUnchanged, long PeakWorkingSetBytes)
{
    public double TotalSeconds => PreviewSeconds + ApplySeconds;

    public double RowsPerSecond => TotalSeconds <= 0 ? 0 : Rows / TotalSeconds;
}
