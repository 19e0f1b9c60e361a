using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class MatchByIngredientFormAndStrengthTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_AmoksisilinKaplet500_FindsTheTablet500Row()
    {
        var match = _matcher.Match(FornasRows.Item("Amoksisilin kaplet 500 mg"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(4, match.Entry!.Row);
        Assert.True(match.Confidence >= 0.8);
        Assert.Equal(
            "ingredient amoksisilin, form tablet, strength 500 mg match FORNAS row 4 'amoksisilin TABLET 500 MILIGRAM' (id 161).",
            match.Reason);
    }

    [Theory]
    [InlineData("Amoxicillin tab 500mg", 4)]
    [InlineData("Paracetamol 500 mg tablet", 9)]
    [InlineData("Parasetamol sirup 120 mg / 5 ml", 8)]
    [InlineData("Amoksisilin sirup kering 250 mg/5ml", 2)]
    [InlineData("Amoxicillin suspensi 125 mg/5 ml", 1)]
    [InlineData("Aminofilin injeksi 24 mg/ml", 21)]
    [InlineData("Epinefrin (Adrenalin) injeksi 0,1 % (sebagai HCl)", 17)]
    public void Match_SpellingFormWordAndUnitVariants_FindTheSameRow(string name, int row)
    {
        var match = _matcher.Match(FornasRows.Item(name));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(row, match.Entry!.Row);
    }

    [Fact]
    public void Match_FormAndStrengthInColumns_AreUsedLikeTheName()
    {
        var match = _matcher.Match(FornasRows.Item("Amoksisilin", "Sirup", "250 mg/5 ml"));

        Assert.Equal(2, match.Entry!.Row);
    }

    [Fact]
    public void Match_FormNotStated_TakesTheOnlyFormWithThatStrength()
    {
        var match = _matcher.Match(FornasRows.Item("Amoksisilin 500 mg"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(4, match.Entry!.Row);
        Assert.Contains("form not stated; only TABLET has this strength", match.Reason);
        Assert.InRange(match.Confidence, 0.8, 0.95);
    }

    [Fact]
    public void Match_SaltNamedByTheItemOnly_IsComparedWithoutIt()
    {
        var match = _matcher.Match(FornasRows.Item("Klorfeniramina Maleat tablet 4 mg"));

        Assert.Equal(20, match.Entry!.Row);
        Assert.Contains("without salt or qualifier words", match.Reason);
    }

    [Fact]
    public void Match_SaltNamedByFornasOnly_IsFound()
    {
        var match = _matcher.Match(FornasRows.Item("Pirantel tablet 125 mg"));

        Assert.Equal(13, match.Entry!.Row);
    }

    [Fact]
    public void Match_CombinationNamedByItsGroupName_FindsTheCombinationRow()
    {
        var match = _matcher.Match(FornasRows.Item("Antasida DOEN I tablet kunyah, kombinasi :\nAluminium Hidroksida 200 mg\nMagnesium Hidroksida 200 mg"));

        Assert.Equal(19, match.Entry!.Row);
    }

    [Fact]
    public void Match_RowWithoutStrength_AcceptsTheItemsStrength()
    {
        var match = _matcher.Match(FornasRows.Item("Oralit serbuk 200 mg"));

        Assert.Equal(23, match.Entry!.Row);
        Assert.Contains("FORNAS states no strength for this row", match.Reason);
    }

    [Fact]
    public void Match_SameItemTwice_GivesTheSameResult()
    {
        var item = FornasRows.Item("Amoksisilin kaplet 500 mg");

        var first = _matcher.Match(item);
        var second = _matcher.Match(item);

        Assert.Equal(first.Entry, second.Entry);
        Assert.Equal(first.Reason, second.Reason);
        Assert.Equal(first.Confidence, second.Confidence);
        Assert.Equal(first.Candidates, second.Candidates);
    }
}
