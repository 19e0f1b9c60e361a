using Requisition.Host.Cli;

namespace Requisition.Host.Tests.Cli;

/// <summary>Runs the command line in-process, as <c>requisition VERB ...</c> would from a shell, and keeps what it printed.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
