using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class GenericValueShareTests
{
    [Fact]
    public void Compute_GenericWorth3000OfBrandedAnd1000_Gives75Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("GEN", price: 100m, generic: true)
            .Item("BRAND", price: 500m, generic: false)
            .Month("GEN", "2024-01", used: 30)
            .Month("BRAND", "2024-01", used: 2)
            .Scope();

        var result = GenericValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(75m, result.Value);
        Assert.False(result.Meets);
        Assert.Contains("Rp 3,000 generic of Rp 4,000", result.Basis);
    }

    [Fact]
    public void Compute_NoStockCardHistory_ValuesTheLplpoUse()
    {
        var scope = new IndicatorDataBuilder()
            .Item("GEN", price: 100m, generic: true)
            .Item("BRAND", price: 500m, generic: false)
            .Lplpo("GEN", "2024-01", used: 10)
            .Lplpo("BRAND", "2024-01", used: 2)
            .Scope();

        var result = GenericValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
        Assert.Contains("(LPLPO)", result.Basis);
    }

    [Fact]
    public void Compute_UseOutsideTheRange_IsNotCounted()
    {
        var scope = new IndicatorDataBuilder()
            .Item("GEN", price: 100m, generic: true)
            .Item("BRAND", price: 100m, generic: false)
            .Month("GEN", "2024-01", used: 10)
            .Month("BRAND", "2024-02", used: 10)
            .Scope("2024-01", "2024-01");

        var result = GenericValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_ItemUsedButNotInTheFormulary_IsLeftOutForLackOfPrice()
    {
        var scope = new IndicatorDataBuilder()
            .Item("GEN", price: 100m, generic: true)
            .Month("GEN", "2024-01", used: 10)
            .Month("UNKNOWN", "2024-01", used: 10)
            .Scope();

        var result = GenericValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.Contains("1 item used but not in the formulary left out", result.Basis);
    }

    [Fact]
    public void Compute_NothingUsed_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Item("GEN")
            .Month("GEN", "2024-01", closing: 10)
            .Scope();

        var result = GenericValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }
}
