using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class CombinationStrengthTests
{
    private readonly FornasMatcher _matcher = FornasRows.Matcher();

    [Fact]
    public void Match_KotrimoksazolWithCombinedStrength_FindsTheTabletRow()
    {
        var match = _matcher.Match(FornasRows.Item("Kotrimoksazol 480 mg", "Tablet"));

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.Equal(6, match.Entry!.Row);
        Assert.Contains("the strength is the total of FORNAS '400/80 MILIGRAM'", match.Reason);
    }

    [Fact]
    public void Match_KotrimoksazolForteTotal_FindsTheForteRow()
    {
        var match = _matcher.Match(FornasRows.Item("Cotrimoxazole 960 mg tablet"));

        Assert.Equal(7, match.Entry!.Row);
    }

    [Fact]
    public void Match_KotrimoksazolWithItsIngredientsListed_FindsTheTabletRow()
    {
        var match = _matcher.Match(FornasRows.Item("Kotrimoksazol DOEN I (dewasa) kombinasi : \nSulfametoksazol 400 mg \nTrimetoprim 80 mg", "Tablet"));

        Assert.Equal(6, match.Entry!.Row);
        Assert.Contains("strength 400 mg + 80 mg", match.Reason);
    }

    [Fact]
    public void Match_SulfamethoxazoleAndTrimethoprimByName_IsKotrimoksazol()
    {
        var match = _matcher.Match(FornasRows.Item("Sulfametoksazol 400 mg + Trimetoprim 80 mg tablet"));

        Assert.Equal(6, match.Entry!.Row);
    }
}
