using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class FornasConformityTests
{
    [Fact]
    public void Compute_ThreeOfFourItemsOnFornasForFktp_Gives75PercentAndFails()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A").Item("B").Item("C").Item("D")
            .Status("A", fornasFktp: true, onDoen: true)
            .Status("B", fornasFktp: true, onDoen: true)
            .Status("C", fornasFktp: true, onDoen: false)
            .Status("D", fornasFktp: false, onDoen: false) // on FORNAS, but for hospitals only
            .Scope();

        var result = FornasConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(75m, result.Value);
        Assert.Equal("100 %", result.Standard);
        Assert.False(result.Meets);
        Assert.Contains("3 of 4 formulary items", result.Basis);
    }

    [Fact]
    public void Compute_EveryItemOnFornasForFktp_Meets100Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A").Item("B")
            .Status("A", fornasFktp: true, onDoen: false)
            .Status("B", fornasFktp: true, onDoen: false)
            .Scope();

        var result = FornasConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_ItemWithoutReferenceStatus_CountsAsNotOnFornas()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A").Item("B")
            .Status("A", fornasFktp: true, onDoen: true)
            .Scope();

        var result = FornasConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
        Assert.Contains("1 item without a reference status", result.Basis);
    }

    [Fact]
    public void Compute_NoReferenceStatuses_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Item("A").Scope();

        Assert.Null(FornasConformity.Compute(scope, IndicatorThresholds.Default));
    }
}
