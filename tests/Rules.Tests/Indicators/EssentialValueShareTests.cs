using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class EssentialValueShareTests
{
    [Fact]
    public void Compute_EssentialWorth1000OfAll4000_Gives25Percent()
    {
        var scope = new IndicatorDataBuilder()
            .Item("ESS", price: 100m).Item("OTHER", price: 300m)
            .Status("ESS", fornasFktp: true, onDoen: true)
            .Status("OTHER", fornasFktp: true, onDoen: false)
            .Month("ESS", "2024-01", used: 10)
            .Month("OTHER", "2024-01", used: 10)
            .Scope();

        var result = EssentialValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(25m, result.Value);
        Assert.False(result.Meets);
    }

    [Fact]
    public void Compute_ItemWithoutReferenceStatus_CountsAsNotEssential()
    {
        var scope = new IndicatorDataBuilder()
            .Item("ESS", price: 100m).Item("UNMATCHED", price: 100m)
            .Status("ESS", fornasFktp: true, onDoen: true)
            .Month("ESS", "2024-01", used: 10)
            .Month("UNMATCHED", "2024-01", used: 10)
            .Scope();

        var result = EssentialValueShare.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(50m, result.Value);
    }

    [Fact]
    public void Compute_NoReferenceStatuses_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Item("A").Month("A", "2024-01", used: 10).Scope();

        Assert.Null(EssentialValueShare.Compute(scope, IndicatorThresholds.Default));
    }
}
