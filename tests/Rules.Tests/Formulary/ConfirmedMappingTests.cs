using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class ConfirmedMappingTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_ConfirmedId_WinsOverTheName()
    {
        var match = _matcher.Match(FornasRows.Item("Obat batuk racikan", fornasId: "2072"));

        Assert.Equal(MatchOutcome.Confirmed, match.Outcome);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal(20, match.Entry!.Row);
        Assert.Equal("confirmed mapping to FORNAS id 2072: row 20 'klorfeniramin TABLET 4 MILIGRAM' (id 2072).", match.Reason);
    }

    [Fact]
    public void Match_ConfirmedIdWithSeveralRows_ReportsTheRowTheItemFits()
    {
        var match = _matcher.Match(FornasRows.Item("Amoksisilin sirup 125 mg/5 ml", fornasId: "161"));

        Assert.Equal(MatchOutcome.Confirmed, match.Outcome);
        Assert.Equal(1, match.Entry!.Row);
        Assert.Contains("of the id's 4 products this one fits the item's form and strength", match.Reason);
    }

    [Fact]
    public void Match_ConfirmedIdNotInTheList_IsUnmatchedAndSaysSo()
    {
        var match = _matcher.Match(FornasRows.Item("Amoksisilin kaplet 500 mg", fornasId: "99999"));

        Assert.Equal(MatchOutcome.Unmatched, match.Outcome);
        Assert.Null(match.Entry);
        Assert.StartsWith("the confirmed FORNAS id '99999' is not in the loaded FORNAS list", match.Reason);
        Assert.Equal(4, Assert.Single(match.Candidates).Row);
    }
}
