using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class BrandsAndAlternativesTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_BrandAfterSlash_IsIgnored()
    {
        var match = _matcher.Match(FornasRows.Item("Amoxicillin 500mg / Amoxsan", "Tablet"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(4, match.Entry!.Row);
        Assert.Contains("'amoxsan' after '/' read as a brand name and ignored", match.Reason);
    }

    [Fact]
    public void Match_TwoFornasDrugsSeparatedBySlash_IsAmbiguousWithBoth()
    {
        var match = _matcher.Match(FornasRows.Item("Albendazol /Pirantel Pamoat", "tablet"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Null(match.Entry);
        Assert.Equal([12, 13], match.Candidates.Select(c => c.Row));
        Assert.True(match.Confidence < 0.8);
    }

    [Fact]
    public void Match_SecondDrugAfterTheStrength_IsAnAlternativeNotABrand()
    {
        var match = _matcher.Match(FornasRows.Item("Amlodipin 5 mg/Salbutamol", "tablet"));

        Assert.Equal(MatchOutcome.Ambiguous, match.Outcome);
        Assert.Equal([11, 22], match.Candidates.Select(c => c.Row));
    }

    [Fact]
    public void Match_UnknownNameBeforeAKnownOne_UsesTheKnownOne()
    {
        var match = _matcher.Match(FornasRows.Item("Sanmol/Parasetamol tablet 500 mg"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(9, match.Entry!.Row);
        Assert.Contains("'sanmol' after '/' is not on FORNAS", match.Reason);
    }
}
