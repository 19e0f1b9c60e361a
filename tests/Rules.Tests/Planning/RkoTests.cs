using Requisition.Rules.Planning;

namespace Requisition.Rules.Tests.Planning;

/// <summary>The seeds' formula 2.1: A = (B + C + D) - E, with the default settings (safety 20 %, lead time 4 weeks).</summary>
public sealed class RkoTests
{
    private static readonly RkoSettings Defaults = new(SafetyPct: 20m, LeadTimeWeeks: 4m);

    [Fact]
    public void Consumption_FormulaTwoPointOne_GivesEachPartAndTheNeed()
    {
        // B = 100 x 12 = 1200; C = 20 % of B = 240; D = 1200 x 4 / 52 = 92.31; E = 300;
        // A = 1200 + 240 + 92.31 - 300 = 1232.31, rounded up to 1233.
        var plan = Rko.Consumption(averageMonthlyUse: 100m, remainingStock: 300, Defaults);

        Assert.Equal(1200m, plan.AnnualUse);
        Assert.Equal(240m, plan.SafetyStock);
        Assert.Equal(92.31m, Math.Round(plan.LeadTimeStock, 2));
        Assert.Equal(300, plan.RemainingStock);
        Assert.Equal(1233, plan.PlannedNeed);
        Assert.Equal("consumption", plan.Method);
    }

    [Fact]
    public void Consumption_MoreStockThanTheYearNeeds_PlansZeroNotANegativeNeed()
    {
        var plan = Rko.Consumption(averageMonthlyUse: 100m, remainingStock: 5000, Defaults);

        Assert.Equal(0, plan.PlannedNeed);
    }

    [Fact]
    public void Consumption_StockCoveringTheNeedExactly_PlansZero()
    {
        // No safety and no lead time: B = 1200, E = 1200.
        var plan = Rko.Consumption(averageMonthlyUse: 100m, remainingStock: 1200, new RkoSettings(0m, 0m));

        Assert.Equal(0, plan.PlannedNeed);
    }

    [Fact]
    public void Consumption_FractionOfAUnit_RoundsUp()
    {
        // B = 1200.12, no safety, no lead time, no stock: 1201 whole units.
        var plan = Rko.Consumption(averageMonthlyUse: 100.01m, remainingStock: 0, new RkoSettings(0m, 0m));

        Assert.Equal(1201, plan.PlannedNeed);
    }

    [Fact]
    public void Morbidity_CasesTimesStandardQuantity_IsTheAnnualUse()
    {
        // ISPA 100 cases x 10 tablets + diare 50 cases x 4 tablets = 1200, then as formula 2.1.
        var cases = new[] { new MorbidityCase("ISPA", 100m, 10m), new MorbidityCase("diare", 50m, 4m) };

        var plan = Rko.Morbidity(cases, remainingStock: 300, Defaults);

        Assert.Equal(1200m, plan.AnnualUse);
        Assert.Equal(100m, plan.AverageMonthlyUse);
        Assert.Equal(1233, plan.PlannedNeed);
        Assert.Equal("morbidity", plan.Method);
    }

    [Fact]
    public void Combined_ItemWithUseHistory_TakesTheConsumptionMethod()
    {
        var plan = Rko.Combined(80m, [new MorbidityCase("ISPA", 100m, 10m)], remainingStock: 0, Defaults);

        Assert.Equal("consumption", plan.Method);
        Assert.Equal(960m, plan.AnnualUse);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Combined_ItemWithoutUseHistory_TakesTheMorbidityMethod(int? averageMonthlyUse)
    {
        var plan = Rko.Combined(averageMonthlyUse, [new MorbidityCase("ISPA", 100m, 10m)], remainingStock: 0, Defaults);

        Assert.Equal("morbidity", plan.Method);
        Assert.Equal(1000m, plan.AnnualUse);
    }
}
