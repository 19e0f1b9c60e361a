using System.Collections.Concurrent;

namespace Requisition.Host.Tests.Cli;

/// <summary>
/// <c>check</c> on samples/demo as of 2026-11-23 (the date the demo's story is told for), run once per step
/// and shared by the test class.
/// </summary>
public sealed class DemoDistrictRuns
{
    public const string AsOf = "2026-11-23";

    private readonly ConcurrentDictionary<string, Lazy<CliResult>> _runs = new(StringComparer.Ordinal);

    internal CliResult At(string step) =>
        _runs.GetOrAdd(step, s => new Lazy<CliResult>(() =>
            CliRunner.Run("check", "--step", s, "--data", Fixtures.Demo, "--as-of", AsOf))).Value;
}
