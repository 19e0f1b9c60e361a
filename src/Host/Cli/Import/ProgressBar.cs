using System.Globalization;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Cli.Import;

/// <summary>
/// The progress of a long import on standard error: on a terminal one bar redrawn in place
/// (<c>checking [#####-----] 48 % 69,120/144,000</c>); otherwise (a log, a pipe) one plain line at each tenth, so a log
/// stays short. Reports may come from any thread.
/// </summary>
public sealed class ProgressBar(TextWriter error, bool terminal) : IProgress<ImportProgress>
{
    private const int Width = 10;

    private readonly Lock _lock = new();
    private string? _stage;
    private int _shown = -1;
    private bool _open;

    /// <summary>A bar on the console's standard error when that is a terminal, plain lines otherwise.</summary>
    public static ProgressBar For(TextWriter error) => new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);

    public void Report(ImportProgress value) => Report(value.Stage, value.Done, value.Total);

    /// <summary>Shows <paramref name="done"/> of <paramref name="total"/> in <paramref name="stage"/> ("reading", "checking", "writing").</summary>
    public void Report(string stage, long done, long total)
    {
        lock (_lock)
        {
            var percent = total <= 0 ? 0 : (int)Math.Clamp(done * 100 / total, 0, 100);
            var newStage = stage != _stage;
            if (newStage)
            {
                EndLine();
                _stage = stage;
                _shown = -1;
            }
            if (terminal)
            {
                if (!newStage && percent == _shown) return;
                _shown = percent;
                var filled = percent * Width / 100;
                error.Write($"\r{stage} [{new string('#', filled)}{new string('-', Width - filled)}] {percent,3} % {Count(done)}/{Count(total)}");
                error.Flush();
                _open = true;
                return;
            }
            var tenth = percent / 10 * 10;
            if (!newStage && tenth <= _shown) return;
            _shown = tenth;
            error.WriteLine(total > 0 ? $"{stage} {tenth} % {Count(done)}/{Count(total)}" : stage);
        }
    }

    /// <summary>Ends the bar's line, so what follows starts on a line of its own.</summary>
    public void Finish()
    {
        lock (_lock) EndLine();
    }

    private void EndLine()
    {
        if (!_open) return;
        error.WriteLine();
        _open = false;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
