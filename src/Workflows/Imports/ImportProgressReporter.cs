namespace Requisition.Workflows.Imports;

/// <summary>Reports <see cref="ImportProgress"/> at most once per percent of a stage, so reporting stays cheap on 144,000 rows.</summary>
internal sealed class ImportProgressReporter(IProgress<ImportProgress>? progress)
{
    private string _stage = ImportProgress.Reading;
    private long _total;
    private long _next;

    public void Start(string stage, long total)
    {
        _stage = stage;
        _total = Math.Max(0, total);
        _next = 0;
        Report(0);
    }

    public void Report(long done)
    {
        if (progress is null || (done < _next && done < _total)) return;
        progress.Report(new ImportProgress(_stage, Math.Min(done, _total), _total));
        _next = done + Math.Max(1, _total / 100);
    }

    public void Finish() => Report(_total);
}
