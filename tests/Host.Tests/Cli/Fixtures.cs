namespace Requisition.Host.Tests.Cli;

/// <summary>Where the CLI tests' input files are in the test output folder.</summary>
internal static class Fixtures
{
    /// <summary>The evaluation date (--as-of) the hand-made fixtures' expected flags are worked out for.</summary>
    public const string AsOf = "2026-11-20";

    /// <summary>A file or folder under <c>Cli/fixtures</c>.</summary>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Cli", "fixtures", .. parts]);

    /// <summary>The committed demo district (<c>samples/demo</c>), copied next to the tests.</summary>
    public static string Demo => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "demo");
}
