using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class DoenConformityTests
{
    [Fact]
    public void Compute_OneOfFourItemsOnDoen_Gives25Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A").Item("B").Item("C").Item("D")
            .Status("A", fornasFktp: true, onDoen: true)
            .Status("B", fornasFktp: true, onDoen: false)
            .Status("C", fornasFktp: null, onDoen: false)
            .Status("D", fornasFktp: true, onDoen: false)
            .Scope();

        var result = DoenConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(25m, result.Value);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_EveryItemOnDoen_Meets100Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("A").Status("A", fornasFktp: null, onDoen: true)
            .Scope();

        var result = DoenConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_NoFormulary_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Status("A", fornasFktp: true, onDoen: true).Scope();

        Assert.Null(DoenConformity.Compute(scope, IndicatorThresholds.Default));
    }
}
