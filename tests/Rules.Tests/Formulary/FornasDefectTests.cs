using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

/// <summary>The e-Fornas export repeats rows and stores some gram strengths as milligrams; matching copes.</summary>
public sealed class FornasDefectTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_ProductListedTwice_TakesTheRowForPrimaryCare()
    {
        var match = _matcher.Match(FornasRows.Item("Amlodipin tablet 5 mg"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(11, match.Entry!.Row);
        Assert.Equal([11, 10], match.Candidates.Select(c => c.Row));
        Assert.Contains("FORNAS lists this product 2 times (rows 10, 11); row 11 taken, the one for FKTP", match.Reason);
    }

    [Fact]
    public void Match_OneGramVialStoredAsOneMilligram_IsReadAsGrams()
    {
        var match = _matcher.Match(FornasRows.Item("Ampisilin serbuk injeksi 1000 mg/vial"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(5, match.Entry!.Row);
        Assert.Contains("read as grams", match.Reason);
        Assert.True(match.Confidence < 0.97);
    }

    [Fact]
    public void Match_OneMilligramTablet_IsNotReadAsGrams()
    {
        var matcher = new FornasMatcher([FornasRows.Row(1, "268", "asam folat", "TABLET", "1", "MILIGRAM")]);

        var match = matcher.Match(FornasRows.Item("Asam folat tablet 1000 mg"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
    }

    [Fact]
    public void Match_RowNotForPrimaryCare_IsStillAMatch()
    {
        var match = _matcher.Match(FornasRows.Item("Etambutol tablet 400 mg"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.False(match.Entry!.Fktp);
        Assert.Contains("not for primary care (fpktp = Tidak)", match.Reason);
    }
}
