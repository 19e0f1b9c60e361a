using System.Globalization;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Cli.Import;

/// <summary>
/// How the <c>import</c> verb prints a preview (pratinjau) and a result: the counts, the notes and the first changes on
/// standard output; a refused file's errors on standard error, each located as <c>error: file[sheet]:row: column 'c': reason</c>.
/// </summary>
public static class PreviewText
{
    /// <summary>Changes and errors printed; the rest are counted ("... and N more").</summary>
    public const int Shown = 50;

    public static void Write(TextWriter output, ImportPreview preview)
    {
        output.WriteLine($"{preview.FileName} ({ImportKinds.Name(preview.Kind)}): {Count(preview.Rows)} row(s), sha256 {preview.Sha256}");
        output.WriteLine($"  added:     {Count(preview.Added)}");
        output.WriteLine($"  changed:   {Count(preview.Changed)}");
        output.WriteLine($"  unchanged: {Count(preview.Unchanged)}");
        foreach (var note in preview.Notes) output.WriteLine($"note: {note}");
        var changes = preview.Changes.Where(c => c.Action != ImportChange.Unchanged).ToList();
        if (changes.Count == 0) return;
        output.WriteLine("changes:");
        var width = changes.Take(Shown).Max(c => c.Key.Length);
        foreach (var change in changes.Take(Shown))
            output.WriteLine($"  {change.Action,-7} {change.Key.PadRight(width)}  {change.Detail}".TrimEnd());
        var more = preview.Added + preview.Changed - Math.Min(Shown, changes.Count);
        if (more > 0) output.WriteLine($"  ... and {Count(more)} more");
    }

    public static void Errors(TextWriter error, ImportPreview preview)
    {
        foreach (var problem in preview.Errors.Take(Shown)) error.WriteLine($"error: {problem}");
        var more = preview.TotalErrors - Math.Min(Shown, preview.Errors.Count);
        if (more > 0) error.WriteLine($"... and {Count(more)} more");
        error.WriteLine($"{preview.FileName}: {Count(preview.TotalErrors)} error(s); nothing written");
    }

    public static void Result(TextWriter output, ImportResult result)
    {
        var written = result.Preview;
        output.WriteLine($"written: {Count(written.Added)} added, {Count(written.Changed)} changed, {Count(written.Unchanged)} unchanged");
        if (result.Passwords.Count == 0) return;
        output.WriteLine("passwords of the new users (shown this once; pass each on to its user in person or another secure way):");
        var width = result.Passwords.Max(p => p.UserId.Length);
        foreach (var issued in result.Passwords) output.WriteLine($"  {issued.UserId.PadRight(width)}  {issued.Password}");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
