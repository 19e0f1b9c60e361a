namespace Requisition.Host.Cli.Import;

/// <summary>What the person asked the <c>import</c> verb to do once the preview is valid.</summary>
public enum ImportConfirmation
{
    /// <summary>Ask on standard input: <c>Write N changes to DB? [y/N]</c>.</summary>
    Ask,

    /// <summary><c>--yes</c>: write without asking.</summary>
    Yes,

    /// <summary><c>--dry-run</c>: preview only.</summary>
    DryRun,
}
