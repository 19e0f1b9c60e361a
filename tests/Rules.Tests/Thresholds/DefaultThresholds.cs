using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Thresholds;

/// <summary>The shipped defaults, data/thresholds.default.json (copied next to the test assembly), read once.</summary>
internal static class DefaultThresholds
{
    public const string Version = "default-2026.1";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "thresholds.default.json");

    public static string Json => File.ReadAllText(Path);

    public static ThresholdSet Set { get; } = ThresholdSet.Parse(Json);

    /// <summary>The defaults under another version with one value changed (a what-if or an administrator's edit).</summary>
    public static ThresholdSet With(string name, decimal value) =>
        Set.With($"test-{name}-{value}", new Dictionary<string, decimal> { [name] = value });
}
