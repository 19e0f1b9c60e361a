using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

/// <summary>With an RKO per year, a range across a year end plans each month by its own year's RKO.</summary>
public sealed class PlansByYearTests
{
    [Fact]
    public void PlanningAccuracy_RangeAcrossTwoPlanYears_PlansEachHalfByItsOwnRko()
    {
        // Jul-Dec 2023 planned by RKO 2023 (1200 -> 600), Jan-Jun 2024 by RKO 2024 (2400 -> 1200): 1800 planned.
        var builder = new IndicatorDataBuilder().Plan(2023, "A", 1200).Plan(2024, "A", 2400);
        for (var month = 7; month <= 12; month++) builder.Month("A", $"2023-{month:D2}", used: 100);
        for (var month = 1; month <= 6; month++) builder.Month("A", $"2024-{month:D2}", used: 300);

        var result = PlanningAccuracy.Compute(builder.Scope("2023-07", "2024-06"), IndicatorThresholds.Default)!;

        Assert.Equal(1800m * 100m / 2400m, result.Value); // 600 + 1800 used
        Assert.Contains("1,800 planned over 12 months (each year's RKO / 12 a month)", result.Basis);
    }

    [Fact]
    public void PlanningAccuracy_OneMonth_TakesATwelfthOfThatYearsRko()
    {
        var scope = new IndicatorDataBuilder()
            .Plan(2023, "A", 99_999).Plan(2024, "A", 1200)
            .Month("A", "2024-03", used: 80)
            .Scope("2024-03", "2024-03");

        var result = PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(125m, result.Value); // 100 planned / 80 used
    }

    [Fact]
    public void PlanningAccuracy_UseInAYearWithoutAPlan_IsNotCounted()
    {
        var builder = new IndicatorDataBuilder().Plan(2024, "A", 1200);
        builder.Month("A", "2023-12", used: 5_000).Month("A", "2024-01", used: 100);

        var result = PlanningAccuracy.Compute(builder.Scope("2023-12", "2024-01"), IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
    }

    [Fact]
    public void RequestConformity_MonthsOfTwoYears_AreComparedWithTheirOwnYearsPlan()
    {
        var scope = new IndicatorDataBuilder()
            .Plan(2023, "A", 1200).Plan(2024, "A", 2400)
            .Lplpo("A", "2023-12", requested: 100)
            .Lplpo("A", "2024-01", requested: 200)
            .Scope("2023-12", "2024-01");

        var result = RequestConformity.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        var rows = RequestConformity.Explain(scope, IndicatorThresholds.Default)!.Rows;
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.LplpoPeriod));
    }
}
