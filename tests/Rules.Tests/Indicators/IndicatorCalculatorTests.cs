using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class IndicatorCalculatorTests
{
    [Fact]
    public void Compute_AllInputsPresent_ReturnsEveryIndicatorInTheStableOrder()
    {
        var data = new IndicatorDataBuilder()
            .Item("A", price: 100m).Item("B", price: 200m, generic: false)
            .Status("A", fornasFktp: true, onDoen: true)
            .Status("B", fornasFktp: false, onDoen: false)
            .Year("A", 2024, received: 1200, used: 1000, stockoutDays: 10)
            .Year("B", 2024, received: 120, used: 120)
            .Lplpo("A", "2024-11", requested: 100, given: 90)
            .Lplpo("A", "2024-12", requested: 100, received: 90, given: 100)
            .Rko("A", 1200).Rko("B", 120)
            .Batch("A", new DateOnly(2024, 1, 31), quantity: 10)
            .Batch("B", new DateOnly(2027, 1, 31), quantity: 10)
            .AsOf(new DateOnly(2025, 1, 15))
            .Build();

        var results = IndicatorCalculator.Compute(data, IndicatorThresholds.Default, null, null);

        Assert.Equal(
        [
            "fornas_conformity", "doen_conformity", "generic_value_share", "essential_value_share",
            "planning_accuracy", "request_conformity", "receipt_conformity", "distribution_deviation",
            "stockout_time", "availability_months", "items_out_pct", "items_short_pct", "items_safe_pct",
            "items_excess_pct", "dead_stock_value_pct", "expired_value_pct", "expired_items_pct", "usage_ratio", "itor",
        ], results.Select(r => r.Id));
        Assert.All(results, r => Assert.False(string.IsNullOrWhiteSpace(r.Basis)));
    }

    [Fact]
    public void Compute_OnlyFormularyAndStatuses_ReturnsTheSelectionIndicatorsAlone()
    {
        var data = new IndicatorDataBuilder()
            .Item("A").Status("A", fornasFktp: true, onDoen: true)
            .Build();

        var results = IndicatorCalculator.Compute(data, IndicatorThresholds.Default, null, null);

        Assert.Equal(["fornas_conformity", "doen_conformity"], results.Select(r => r.Id));
    }

    [Fact]
    public void Compute_NoData_ReturnsNothing()
    {
        var results = IndicatorCalculator.Compute(new IndicatorDataBuilder().Build(), IndicatorThresholds.Default, null, null);

        Assert.Empty(results);
    }

    [Fact]
    public void Compute_Range_FiltersHistoryAndLplpoToItsPeriods()
    {
        var data = new IndicatorDataBuilder()
            .Year("A", 2023, received: 1200, used: 1200, stockoutDays: 365)
            .Year("A", 2024, received: 1200, used: 600)
            .Build();

        var results = IndicatorCalculator.Compute(data, IndicatorThresholds.Default, new Period(2024, 1), new Period(2024, 12));

        Assert.Equal(0m, results.Single(r => r.Id == StockoutTime.Id).Value);
        Assert.Equal(50m, results.Single(r => r.Id == UsageRatio.Id).Value);
    }

    [Fact]
    public void Compute_StartAfterEnd_IsRefused()
    {
        var data = new IndicatorDataBuilder().Build();

        Assert.Throws<ArgumentException>(() =>
            IndicatorCalculator.Compute(data, IndicatorThresholds.Default, new Period(2024, 6), new Period(2024, 1)));
    }
}
