using Requisition.Rules.RuleSets.Flags;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>Reads flags the way a reviewer does: by rule, then the evidence and thresholds by name.</summary>
internal static class FlagReading
{
    public static IReadOnlyList<Flag> Of(this IEnumerable<Flag> flags, string rule) =>
        flags.Where(f => f.Rule == rule).ToList();

    /// <summary>The value of one evidence item; fails the test when the flag has no such item.</summary>
    public static object? EvidenceOf(this Flag flag, string name) =>
        Assert.Single(flag.Evidence, e => e.Name == name).Value;

    /// <summary>The value of one threshold the flag says it used.</summary>
    public static object? ThresholdOf(this Flag flag, string name) =>
        Assert.Single(flag.Thresholds, e => e.Name == name).Value;
}
