using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class StrengthParserTests
{
    [Theory]
    [InlineData("500 mg", "500mg")]
    [InlineData("500mg", "500mg")]
    [InlineData("1 g", "1000mg")]
    [InlineData("100 ug", "0.1mg")]
    [InlineData("250 mg/5ml", "50mg/ml")]
    [InlineData("200 mg/ 5 ml", "40mg/ml")]
    [InlineData("40 mg/10 mL", "4mg/ml")]
    [InlineData("0,1 %", "1mg/ml")]
    [InlineData("25%-2ml", "250mg/ml")]
    [InlineData("0,200 mg-1 ml", "0.2mg/ml")]
    [InlineData("1000 mg/vial", "1000mg")]
    [InlineData("3 juta UI/vial", "3000000iu")]
    [InlineData("100.000 IU", "100000iu")]
    [InlineData("400/80 mg", "480mg")]
    [InlineData("400 mg/80 mg", "480mg")]
    public void FromText_WrittenStrength_GivesTheCanonicalAmount(string text, string canonical)
    {
        var strength = StrengthParser.FromText(text);

        Assert.NotNull(strength);
        Assert.Equal(canonical, strength.Canonical);
    }

    [Fact]
    public void FromText_MillionWithoutUnit_KeepsTheNumberForLooseComparison()
    {
        var strength = StrengthParser.FromText("1,2 juta");

        var only = Assert.Single(strength!.Components);
        Assert.True(only.IsUnitless);
        Assert.Equal(1_200_000m, only.Written);
    }

    [Fact]
    public void FromText_AdrenalineRatioOfDentalLidocaine_IsMilligramsPerMillilitre()
    {
        var strength = StrengthParser.FromText("1 : 80.000 - 2ml");

        Assert.Equal(0.0125m, Assert.Single(strength!.Components).Amount);
    }

    [Fact]
    public void FromText_LiquidCombination_GivesTheVolumeToEveryIngredient()
    {
        var strength = StrengthParser.FromText("Sulfametoksazol 200 mg + Trimetoprim 40 mg / 5 ml");

        Assert.Equal([40m, 8m], strength!.Components.Select(c => c.Amount));
        Assert.All(strength.Components, c => Assert.Equal("ml", c.Per));
    }

    [Theory]
    [InlineData("20 ds")]
    [InlineData("sesuai kebutuhan")]
    [InlineData("")]
    public void FromText_NoStrength_IsNull(string text)
    {
        Assert.Null(StrengthParser.FromText(text));
    }

    [Theory]
    [InlineData("200;200", "MILIGRAM", "400mg")]
    [InlineData("400/80", "MILIGRAM", "480mg")]
    [InlineData("200/40", "MILIGRAM / 10 MILILITER", "24mg/ml")]
    [InlineData("2,5", "PERSEN", "25mg/ml")]
    [InlineData("1.2", "MILIGRAM", "1.2mg")]
    [InlineData("@ 75", "MILIGRAM (3-4 tahun)", "75mg")]
    [InlineData("0,75", "MILIGRAM / MILILITER + pelarut", "0.75mg/ml")]
    public void FromFornas_KekuatanAndSatuan_GiveTheCanonicalAmount(string kekuatan, string satuan, string canonical)
    {
        Assert.Equal(canonical, StrengthParser.FromFornas(kekuatan, satuan)!.Canonical);
    }

    [Theory]
    [InlineData("230-340", "INTERNASIONAL UNIT")]
    [InlineData("", "N/A")]
    [InlineData("sesuai kebutuhan", "N/A")]
    public void FromFornas_RangeOrNothing_StatesNoStrength(string kekuatan, string satuan)
    {
        Assert.Null(StrengthParser.FromFornas(kekuatan, satuan));
    }
}
