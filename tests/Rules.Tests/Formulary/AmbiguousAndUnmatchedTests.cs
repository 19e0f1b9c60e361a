using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class AmbiguousAndUnmatchedTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_NoStrengthWhereFornasHasSeveral_IsAmbiguousWithEach()
    {
        var match = _matcher.Match(FornasRows.Item("Betametason krim"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Null(match.Entry);
        Assert.Equal([14, 15], match.Candidates.Select(c => c.Row));
        Assert.Contains("state the strength or confirm one", match.Reason);
        Assert.True(match.Confidence < 0.8);
    }

    [Fact]
    public void Match_NoStrengthWhereFornasHasOne_Matches()
    {
        var match = _matcher.Match(FornasRows.Item("Salbutamol tablet"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(22, match.Entry!.Row);
        Assert.Contains("strength not stated; FORNAS lists only this one", match.Reason);
    }

    [Fact]
    public void Match_TabletWhereFornasHasOnlyTheCapsule_IsAmbiguousForAPersonToConfirm()
    {
        var match = _matcher.Match(FornasRows.Item("Sefadroksil tablet 500 mg"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal(16, Assert.Single(match.Candidates).Row);
        Assert.Contains("only as another form", match.Reason);
    }

    [Fact]
    public void Match_StrengthNotOnFornas_IsUnmatchedWithTheListedStrengths()
    {
        var match = _matcher.Match(FornasRows.Item("Salbutamol tablet 4 mg"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Equal(22, Assert.Single(match.Candidates).Row);
        Assert.Equal("FORNAS has salbutamol tablet only as TABLET 2 MILIGRAM, not 4 mg.", match.Reason);
    }

    [Fact]
    public void Match_FormNotOnFornas_IsUnmatchedNamingTheListedForms()
    {
        var match = _matcher.Match(FornasRows.Item("Parasetamol injeksi 10 mg/ml"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.StartsWith("FORNAS has parasetamol only as SIRUP 120 MILIGRAM / 5 MILILITER, TABLET 500 MILIGRAM, not as injeksi", match.Reason);
    }

    [Theory]
    [InlineData("Xyzzy forte 500 mg")]
    [InlineData("Sanmol")]
    [InlineData("Panadol tablet 500 mg")]
    public void Match_NameThatIsNoFornasDrug_IsUnmatchedWithoutCandidates(string name)
    {
        var match = _matcher.Match(FornasRows.Item(name));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Null(match.Entry);
        Assert.Empty(match.Candidates);
        Assert.Equal(0, match.Confidence);
        Assert.StartsWith("no FORNAS row has the ingredient", match.Reason);
    }

    [Fact]
    public void Match_SlipOfTheKeyboard_GivesTheNearSpellingAsCandidate()
    {
        var match = _matcher.Match(FornasRows.Item("Albendasol tablet 400 mg"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal(12, Assert.Single(match.Candidates).Row);
        Assert.Contains("spelled like", match.Reason);
    }

    [Fact]
    public void Match_TextWithoutADrugName_IsUnmatched()
    {
        var match = _matcher.Match(FornasRows.Item("tablet 500 mg"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Equal("no drug name could be read from 'tablet 500 mg'.", match.Reason);
    }
}
