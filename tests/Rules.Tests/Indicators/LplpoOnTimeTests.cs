using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class LplpoOnTimeTests
{
    [Fact]
    public void Compute_ThreePuskesmasTwoMonthsFourOnTime_GivesTwoThirds()
    {
        // Due day 10: 2024-01 is due 2024-02-10, 2024-02 is due 2024-03-10.
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A", "PKM-B", "PKM-C")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 5))
            .Document("PKM-A", "2024-02", new DateOnly(2024, 3, 10))
            .Document("PKM-B", "2024-01", new DateOnly(2024, 2, 9))
            .Document("PKM-B", "2024-02", new DateOnly(2024, 3, 11))
            .Document("PKM-C", "2024-01", new DateOnly(2024, 2, 1))
            .AsOf(new DateOnly(2024, 4, 1))
            .Scope("2024-01", "2024-02");

        var result = LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(4m * 100m / 6m, result.Value);
        Assert.Equal("66.67", Math.Round(result.Value!.Value, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(result.Meets);
        Assert.Equal("100 %", result.Standard);
        Assert.Contains("4 of 6 LPLPOs expected (3 puskesmas x 2 months", result.Basis);
        Assert.Contains("1 late, 1 not received", result.Basis);
    }

    [Fact]
    public void Compute_EveryLplpoByTheDueDay_Gives100PercentAndMeets()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 10))
            .AsOf(new DateOnly(2024, 3, 1))
            .Scope("2024-01", "2024-01");

        var result = LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.True(result.Meets);
    }

    [Fact]
    public void Compute_LaterDueDayInThresholds_MakesALateLplpoOnTime()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 14))
            .AsOf(new DateOnly(2024, 3, 1))
            .Scope("2024-01", "2024-01");

        Assert.Equal(0m, LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!.Value);
        Assert.Equal(100m, LplpoOnTime.Compute(scope, IndicatorThresholds.With(Rules.Thresholds.ThresholdNames.LplpoDueDay, 15))!.Value);
    }

    [Fact]
    public void Compute_MonthNotYetDue_IsNotExpected()
    {
        // On 2024-02-08 January's LPLPO (due 2024-02-10) is not yet due: only December counts.
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A")
            .Document("PKM-A", "2023-12", new DateOnly(2024, 1, 5))
            .AsOf(new DateOnly(2024, 2, 8))
            .Scope("2023-12", "2024-01");

        var result = LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.Contains("1 of 1 LPLPO expected", result.Basis);
    }

    [Fact]
    public void Compute_LplpoNotReceived_CountsAsNotOnTime()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A", "PKM-B")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 1))
            .Document("PKM-B", "2024-01", null)
            .AsOf(new DateOnly(2024, 3, 1))
            .Scope("2024-01", "2024-01");

        Assert.Equal(50m, LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!.Value);
    }

    [Fact]
    public void Compute_LplpoReceivedWithNoDate_IsLeftOutOfBothSides()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 1))
            .Undated("PKM-A", "2024-02")
            .AsOf(new DateOnly(2024, 4, 1))
            .Scope("2024-01", "2024-02");

        var result = LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Equal(100m, result.Value);
        Assert.Contains("1 LPLPO received with no date recorded (imported history) left out", result.Basis);
        Assert.Single(LplpoOnTime.Explain(scope, IndicatorThresholds.Default)!.Rows);
    }

    [Fact]
    public void Compute_NothingDueYet_HasNoValueAndSaysWhy()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A")
            .AsOf(new DateOnly(2024, 1, 20))
            .Scope("2024-01", "2024-01");

        var result = LplpoOnTime.Compute(scope, IndicatorThresholds.Default)!;

        Assert.Null(result.Value);
        Assert.Null(result.Meets);
        Assert.Contains("nothing to divide by", result.Basis);
    }

    [Fact]
    public void Compute_NoDocumentsAndNoReportingList_IsOmitted()
    {
        var scope = new IndicatorDataBuilder().Year("A", 2024, received: 10, used: 10).Scope();

        Assert.Null(LplpoOnTime.Compute(scope, IndicatorThresholds.Default));
    }

    [Fact]
    public void Explain_EveryExpectedLplpo_IsARowAndTheOnTimeOnesCount()
    {
        var scope = new IndicatorDataBuilder()
            .Reporting("PKM-A", "PKM-B")
            .Document("PKM-A", "2024-01", new DateOnly(2024, 2, 5))
            .Document("PKM-B", "2024-01", new DateOnly(2024, 2, 13))
            .AsOf(new DateOnly(2024, 3, 1))
            .Scope("2024-01", "2024-01");

        var breakdown = LplpoOnTime.Explain(scope, IndicatorThresholds.Default)!;

        Assert.Equal(["due", "received", "days late"], breakdown.Columns);
        Assert.Collection(breakdown.Rows,
            a => Assert.Equal(("PKM-A", true, "2024-02-10", "2024-02-05", "0"), (a.Facility.Value, a.Counts!.Value, a.Cells[0], a.Cells[1], a.Cells[2])),
            b => Assert.Equal(("PKM-B", false, "2024-02-10", "2024-02-13", "3"), (b.Facility.Value, b.Counts!.Value, b.Cells[0], b.Cells[1], b.Cells[2])));
        Assert.All(breakdown.Rows, r => Assert.Equal(new Rules.Facts.Period(2024, 1), r.LplpoPeriod));
    }
}
