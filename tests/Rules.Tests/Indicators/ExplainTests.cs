using System.Globalization;
using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

/// <summary>The rows behind a figure add up to it, as each indicator's columns say.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void Explain_EveryIndicatorWithData_ListsRowsUnderItsColumns()
    {
        var scope = Full().Scope();

        foreach (var definition in IndicatorCalculator.All)
        {
            var result = definition.Compute(scope, IndicatorThresholds.Default);
            var breakdown = definition.Explain(scope, IndicatorThresholds.Default);
            Assert.Equal(result is null, breakdown is null);
            if (breakdown is null) continue;
            Assert.Equal(definition.Id, breakdown.Id);
            Assert.NotEmpty(breakdown.Rows);
            Assert.All(breakdown.Rows, r => Assert.Equal(breakdown.Columns.Count, r.Cells.Count));
        }
    }

    [Fact]
    public void StockoutTime_SeedExample_RowsAddUpToTwentyPercent()
    {
        var scope = SeedExample().Scope("2023-01", "2023-12");

        var rows = StockoutTime.Explain(scope, IndicatorThresholds.Default)!.Rows;

        Assert.Equal(223m, rows.Sum(r => Number(r.Cells[0])));
        Assert.Equal(1095m, rows.Sum(r => Number(r.Cells[1])));
        Assert.Equal(StockoutTime.Compute(scope, IndicatorThresholds.Default)!.Value, Figure(rows.Sum(r => Number(r.Cells[0])), rows.Sum(r => Number(r.Cells[1]))));
        Assert.All(rows, r => Assert.True(r.Counts));
    }

    [Fact]
    public void UsageRatio_SeedExample_MeanOfTheRowsIsTheFigure()
    {
        var scope = SeedExample().Scope("2023-01", "2023-12");

        var rows = UsageRatio.Explain(scope, IndicatorThresholds.Default)!.Rows;

        Assert.Equal(["46.6667", "50", "50"], rows.OrderBy(r => r.Cells[2], StringComparer.Ordinal).Select(r => r.Cells[2]));
        Assert.Equal(49m, Math.Round(rows.Average(r => Number(r.Cells[2]))));
    }

    [Fact]
    public void CategoryShares_CountedRowsOverAllRows_GiveEachShare()
    {
        var scope = Full().Scope();
        var ids = new[] { ItemsOutPct.Id, ItemsShortPct.Id, ItemsSafePct.Id, ItemsExcessPct.Id };

        foreach (var id in ids)
        {
            var definition = IndicatorCalculator.Find(id)!;
            var rows = definition.Explain(scope, IndicatorThresholds.Default)!.Rows;
            Assert.Equal(definition.Compute(scope, IndicatorThresholds.Default)!.Value, Figure(rows.Count(r => r.Counts == true), rows.Count));
        }
    }

    [Fact]
    public void ValueShare_CountedValueOverAllValue_IsTheFigure()
    {
        var scope = Full().Scope();

        var rows = GenericValueShare.Explain(scope, IndicatorThresholds.Default)!.Rows;

        var part = rows.Where(r => r.Counts == true).Sum(r => Number(r.Cells[2]));
        Assert.Equal(GenericValueShare.Compute(scope, IndicatorThresholds.Default)!.Value, Figure(part, rows.Sum(r => Number(r.Cells[2]))));
    }

    [Fact]
    public void PlanningAccuracy_PlannedOverUsedRows_IsTheFigure()
    {
        var scope = Full().Scope();

        var rows = PlanningAccuracy.Explain(scope, IndicatorThresholds.Default)!.Rows;

        Assert.Equal(PlanningAccuracy.Compute(scope, IndicatorThresholds.Default)!.Value,
            Figure(rows.Sum(r => Number(r.Cells[2])), rows.Sum(r => Number(r.Cells[3]))));
    }

    [Fact]
    public void UsageRow_SingleMonthRange_NamesThatMonthsDocument()
    {
        var scope = new IndicatorDataBuilder().Month("A", "2024-03", received: 10, used: 5, closing: 5).Scope("2024-03", "2024-03");

        var row = Assert.Single(UsageRatio.Explain(scope, IndicatorThresholds.Default)!.Rows);

        Assert.Equal("stock card 2024-03", row.Document);
        Assert.Equal(new Period(2024, 3), row.LplpoPeriod);
    }

    private static IndicatorDataBuilder SeedExample() => new IndicatorDataBuilder()
        .Year("PCT500", 2023, received: 1500, used: 700, stockoutDays: 36)
        .Year("KTM480", 2023, received: 1000, used: 500, stockoutDays: 64)
        .Year("AMP500", 2023, received: 750, used: 375, stockoutDays: 123)
        .IndicatorDrugs("PCT500", "KTM480", "AMP500");

    private static IndicatorDataBuilder Full() => new IndicatorDataBuilder()
        .Item("A", price: 100m).Item("B", price: 200m, generic: false).Item("C", price: 50m)
        .Status("A", fornasFktp: true, onDoen: true)
        .Status("B", fornasFktp: false, onDoen: false)
        .Year("A", 2024, received: 1200, used: 1000, stockoutDays: 10)
        .Year("B", 2024, received: 120, used: 120)
        .Steady("C", 2024, usedPerMonth: 10, closing: 150)
        .Lplpo("A", "2024-11", requested: 100, given: 90)
        .Lplpo("A", "2024-12", requested: 100, received: 90, given: 100)
        .Rko("A", 1200).Rko("B", 120)
        .Batch("A", new DateOnly(2024, 1, 31), quantity: 10)
        .Batch("B", new DateOnly(2027, 1, 31), quantity: 10)
        .Reporting("PKM-01")
        .Document("PKM-01", "2024-11", new DateOnly(2024, 12, 5))
        .AsOf(new DateOnly(2025, 1, 15));

    private static decimal Number(string cell) => decimal.Parse(cell, CultureInfo.InvariantCulture);

    private static decimal? Figure(decimal part, decimal whole) => whole == 0 ? null : part * 100m / whole;
}
