using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;

namespace Requisition.Rules.Tests.Indicators;

public sealed class IndicatorScopeTests
{
    [Fact]
    public void Of_OpenRange_SpansTheReportedMonths()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2023-11", used: 1)
            .Month("B", "2024-02", used: 1)
            .Scope();

        Assert.Equal(new Period(2023, 11), scope.Start);
        Assert.Equal(new Period(2024, 2), scope.End);
        Assert.Equal(4, scope.Months);
        Assert.Equal(30 + 31 + 31 + 29, scope.Days);
    }

    [Fact]
    public void Of_GivenRange_KeepsItEvenWhereNothingWasReported()
    {
        var scope = new IndicatorDataBuilder().Month("A", "2023-06", used: 1).Scope("2023-01", "2023-12");

        Assert.Equal(12, scope.Months);
        Assert.Equal(365, scope.Days);
    }

    [Fact]
    public void Of_HistoryInRange_IsPreferredOverLplpo()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2024-01", used: 7)
            .Lplpo("A", "2024-01", used: 99)
            .Scope();

        Assert.True(scope.UsageFromHistory);
        Assert.Equal(7, Assert.Single(scope.Usage).Used);
    }

    [Fact]
    public void Of_HistoryOnlyOutsideTheRange_FallsBackToLplpo()
    {
        var scope = new IndicatorDataBuilder()
            .Month("A", "2023-01", used: 7)
            .Lplpo("A", "2024-01", used: 99)
            .Scope("2024-01", "2024-12");

        Assert.False(scope.UsageFromHistory);
        Assert.Equal(99, Assert.Single(scope.Usage).Used);
    }

    [Fact]
    public void Of_StartAfterEnd_IsRefused()
    {
        var builder = new IndicatorDataBuilder();

        Assert.Throws<ArgumentException>(() => builder.Scope("2024-06", "2024-01"));
    }
}
