using System.Diagnostics;
using Requisition.Rules.Formulary;
using Xunit.Abstractions;

namespace Requisition.Workflows.Tests.Formulary;

/// <summary>How much of a real indicator list matching settles on its own, and how fast.</summary>
public sealed class Jabar150CoverageTests(ITestOutputHelper output)
{
    [Fact]
    public void Match_Jabar150List_MatchesAtLeastEightyFivePercentWithConfidence()
    {
        var matches = RealLists.Jabar150.Select(RealLists.Matcher.Match).ToList();

        var matched = matches.Count(m => m.Outcome == MatchOutcome.Matched);
        foreach (var open in matches.Where(m => m.Outcome != MatchOutcome.Matched))
            output.WriteLine($"{open.Outcome}: {open.Item.Name.ReplaceLineEndings(" ")} -- {open.Reason}");
        output.WriteLine($"{matched} of {matches.Count} matched");

        Assert.True(matched >= 0.85 * matches.Count, $"only {matched} of {matches.Count} matched");
        Assert.All(matches.Where(m => m.Outcome == MatchOutcome.Matched), m => Assert.InRange(m.Confidence, 0.8, 1.0));
        Assert.All(matches.Where(m => m.Outcome != MatchOutcome.Matched), m => Assert.True(m.Confidence < 0.8));
        Assert.All(matches.Where(m => m.Outcome != MatchOutcome.Matched), m => Assert.Null(m.Entry));
    }

    [Fact]
    public void Match_ThreeHundredItems_TakesWellUnderASecond()
    {
        var items = RealLists.Jabar150.Concat(RealLists.Jabar150.Select(i => i with { Name = i.Name.ToUpperInvariant() })).ToList();
        var matcher = new FornasMatcher(RealLists.Fornas);

        var clock = Stopwatch.StartNew();
        var matches = items.Select(matcher.Match).ToList();
        clock.Stop();

        output.WriteLine($"{items.Count} items in {clock.ElapsedMilliseconds} ms");
        Assert.Equal(300, matches.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.ElapsedMilliseconds} ms");
    }
}
