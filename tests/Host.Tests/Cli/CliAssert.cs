namespace Requisition.Host.Tests.Cli;

/// <summary>The two outcomes a CLI run can have, asserted the same way everywhere.</summary>
internal static class CliAssert
{
    /// <summary>Exit 0 and nothing on standard error.</summary>
    public static void Succeeded(CliResult result)
    {
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"expected success, got {result}");
    }

    /// <summary>
    /// Exit 2, nothing on standard output, and a line on standard error that starts with
    /// <paramref name="expectedError"/> (the located message, e.g. "error: lplpo.csv:3: column 'lost': ...").
    /// </summary>
    public static void BadInput(CliResult result, string expectedError)
    {
        Assert.True(result.ExitCode == 2, $"expected exit 2, got {result}");
        Assert.Equal("", result.Output);
        Assert.True(result.ErrorLines.Any(l => l.StartsWith(expectedError, StringComparison.Ordinal)),
            $"expected a line starting with \"{expectedError}\" on stderr, got {result}");
    }
}
