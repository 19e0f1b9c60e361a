using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Verbs;
using Requisition.Host.Web.Imports;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Cli.Import;

/// <summary>
/// One run of <c>requisition import</c>: previews the file as the acting user (progress on standard error), prints the
/// preview, and writes it only when it is valid, changes something and the person confirms. A refused file prints every
/// error (up to 50) on standard error and exits 2 with nothing written and nothing on standard output.
/// </summary>
public static class ImportRun
{
    public static async Task<int> RunAsync(CycleSession session, string database, ImportKind kind, ImportFile file, ImportOptions options,
        ImportConfirmation confirmation, TextWriter output, TextWriter error, TextReader input)
    {
        options = options with { PasswordHash = ImportPasswords.Hash };
        var bar = ProgressBar.For(error);
        var preview = await session.Host.Imports.PreviewAsync(session.Actor, kind, file, options, bar);
        bar.Finish();
        if (!preview.Valid)
        {
            PreviewText.Errors(error, preview);
            return VerbGuard.BadInput;
        }
        PreviewText.Write(output, preview);
        if (preview.ChangesNothing)
        {
            output.WriteLine("nothing to change: the database already holds what the file says; nothing written");
            return VerbGuard.Ok;
        }
        if (confirmation == ImportConfirmation.DryRun)
        {
            output.WriteLine("dry run: nothing written");
            return VerbGuard.Ok;
        }
        if (confirmation == ImportConfirmation.Ask && !Confirmed(preview, database, output, error, input))
        {
            output.WriteLine("nothing written");
            return VerbGuard.Ok;
        }
        bar = ProgressBar.For(error);
        var result = await session.Host.Imports.ApplyAsync(session.Actor, kind, file, options, preview.Sha256, bar);
        bar.Finish();
        PreviewText.Result(output, result);
        return VerbGuard.Ok;
    }

    private static bool Confirmed(ImportPreview preview, string database, TextWriter output, TextWriter error, TextReader input)
    {
        output.Flush();
        error.Write($"Write {preview.Added + preview.Changed} changes to {database}? [y/N] ");
        error.Flush();
        var answer = input.ReadLine()?.Trim();
        if (answer is null) error.WriteLine();
        return answer is not null && (answer.Equals("y", StringComparison.OrdinalIgnoreCase) || answer.Equals("yes", StringComparison.OrdinalIgnoreCase));
    }
}
