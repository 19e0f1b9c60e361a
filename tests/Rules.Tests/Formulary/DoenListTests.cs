using Requisition.Rules.Facts;
using Requisition.Rules.Formulary;

namespace Requisition.Rules.Tests.Formulary;

public sealed class DoenListTests
{
    private readonly DoenList _doen = new(
    [
        new DoenEntry("Amoksisilin", "tablet", "500", "mg"),
        new DoenEntry("Parasetamol", "sirup", "120 mg/5 ml", ""),
        new DoenEntry("Betametason", "krim", "", ""),
        new DoenEntry("Atropin", "tablet", "0,5", "mg"),
    ]);

    [Theory]
    [InlineData("Amoxicillin kaplet 500 mg")]
    [InlineData("Paracetamol syrup 120 mg/5 ml")]
    [InlineData("Betametason krim 0,1 %")]
    [InlineData("Atropin Sulfat tablet 0,5 mg")]
    [InlineData("Amoksisilin 500 mg")]
    public void Contains_SameIngredientFormAndStrength_IsTrue(string name)
    {
        Assert.True(_doen.Contains(FornasRows.Item(name)));
    }

    [Theory]
    [InlineData("Amoksisilin tablet 250 mg")]
    [InlineData("Amoksisilin sirup kering 500 mg/5 ml")]
    [InlineData("Parasetamol tablet 500 mg")]
    [InlineData("Ibuprofen tablet 400 mg")]
    public void Contains_OtherStrengthFormOrDrug_IsFalse(string name)
    {
        Assert.False(_doen.Contains(FornasRows.Item(name)));
    }

    [Fact]
    public void Contains_ItemWithoutStrength_IsDecidedByIngredientAndForm()
    {
        Assert.True(_doen.Contains(FornasRows.Item("Amoksisilin", "Tablet")));
    }
}
