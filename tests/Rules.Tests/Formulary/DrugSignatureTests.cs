using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class DrugSignatureTests
{
    [Theory]
    [InlineData("Amoxicillin tab 500mg", "Amoksisilin kaplet 500 mg")]
    [InlineData("Paracetamol 500 mg tablet", "Parasetamol tablet 500 mg")]
    [InlineData("Cotrimoxazole tablet 480 mg", "Kotrimoksazol tablet 400 mg/80 mg")]
    [InlineData("Glibenclamide 5 mg tablet", "Glibenklamida tablet 5 mg")]
    [InlineData("Ciprofloxacin 500mg tab", "Siprofloksasin tablet 500 mg (sebagai HCl)")]
    [InlineData("Chlorpheniramine maleate tablet 4 mg", "Klorfeniramina Maleat tablet 4 mg")]
    [InlineData("Amoxicillin dry syrup 125 mg/5 ml", "Amoksisilin sirup kering 125 mg/5ml")]
    public void Of_EnglishAndIndonesianSpellingsOfOneDrug_AreEqual(string english, string indonesian)
    {
        var a = DrugSignature.Of(english, null, null, null);
        var b = DrugSignature.Of(indonesian, null, null, null);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Of_AmoksisilinKaplet_ReadsIngredientTabletFamilyAndStrength()
    {
        var signature = DrugSignature.Of("Amoksisilin kaplet 500 mg", null, null, null);

        Assert.Equal("amoksisilin|tablet|500mg", signature);
    }

    [Theory]
    [InlineData("Seftriakson injeksi 1 g", "Seftriakson injeksi 1000 mg")]
    [InlineData("Epinefrin injeksi 0,1 %", "Epinefrin injeksi 1 mg/ml")]
    [InlineData("Retinol kapsul 100.000 IU", "Retinol kapsul 100000 UI")]
    [InlineData("Atropin tablet 0,5 mg", "Atropin tablet 0.5 mg")]
    [InlineData("Natrium tiroksin tablet 100 mcg", "Levotiroksin tablet 0,1 mg")]
    public void Of_OneStrengthWrittenTwoWays_IsEqual(string first, string second)
    {
        Assert.Equal(DrugSignature.Of(first, null, null, null), DrugSignature.Of(second, null, null, null));
    }

    [Fact]
    public void Of_StrengthInColumns_EqualsTheStrengthInTheName()
    {
        var fromColumns = DrugSignature.Of("Amoksisilin", "Kaplet", "500", "mg");
        var fromName = DrugSignature.Of("Amoksisilin kaplet 500 mg", null, null, null);

        Assert.Equal(fromName, fromColumns);
    }

    [Theory]
    [InlineData("Amoksisilin tablet 500 mg", "Amoksisilin tablet 250 mg")]
    [InlineData("Amoksisilin tablet 250 mg", "Amoksisilin sirup kering 250 mg/5 ml")]
    [InlineData("Nifedipin tablet 10 mg", "Nifedipin retard 10 mg")]
    [InlineData("Haloperidol injeksi 5 mg/ml", "Haloperidol dekanoat injeksi 5 mg/ml")]
    public void Of_DifferentDrugsFormsOrStrengths_AreNotEqual(string first, string second)
    {
        Assert.NotEqual(DrugSignature.Of(first, null, null, null), DrugSignature.Of(second, null, null, null));
    }

    [Fact]
    public void Of_BrandAfterTheStrength_IsLeftOut()
    {
        var branded = DrugSignature.Of("Amoxicillin 500mg / Amoxsan", "Kapsul", null, null);
        var generic = DrugSignature.Of("Amoksisilin kapsul 500 mg", null, null, null);

        Assert.Equal(generic, branded);
    }

    [Fact]
    public void Of_TextWithoutADrugName_IsEmpty()
    {
        Assert.Equal("", DrugSignature.Of("tablet 500 mg", null, null, null));
    }

    [Fact]
    public void Of_UnstatedFormAndStrength_AreMarkedUnknown()
    {
        Assert.Equal("garamoralit|?|?", DrugSignature.Of("Garam oralit", null, null, null));
    }
}
