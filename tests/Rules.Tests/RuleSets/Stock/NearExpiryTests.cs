using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.RuleSets.Stock;

/// <summary>Windows of 3 / 6 / 12 months before expiry, counted from the as-of date (5 April 2026).</summary>
public sealed class NearExpiryTests
{
    [Theory]
    [InlineData(0, 0, Severity.Error, 3, ThresholdNames.NearExpiryErrorMonths)] // expires today
    [InlineData(3, 0, Severity.Error, 3, ThresholdNames.NearExpiryErrorMonths)]
    [InlineData(3, 1, Severity.Warning, 6, ThresholdNames.NearExpiryWarningMonths)]
    [InlineData(6, 0, Severity.Warning, 6, ThresholdNames.NearExpiryWarningMonths)]
    [InlineData(6, 1, Severity.Info, 12, ThresholdNames.NearExpiryInfoMonths)]
    [InlineData(12, 0, Severity.Info, 12, ThresholdNames.NearExpiryInfoMonths)]
    public void Run_BatchAtAWindowEdge_TakesThatWindowsSeverity(int months, int days, Severity severity, int window, string threshold)
    {
        var expiry = Given.AsOf.AddMonths(months).AddDays(days);

        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2407", expiry));

        var flag = Assert.Single(flags.Of(NearExpiry.Id));
        Assert.Equal(severity, flag.Severity);
        Assert.Equal("B-2407", flag.Subject);
        Assert.Equal(window, flag.EvidenceOf("window_months"));
        Assert.Equal(expiry.DayNumber - Given.AsOf.DayNumber, flag.EvidenceOf("days_to_expiry"));
        Assert.Equal((decimal)window, flag.ThresholdOf(threshold));
    }

    [Fact]
    public void Run_BatchExpiringADayAfterTheTwelveMonthWindow_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2407", Given.AsOf.AddMonths(12).AddDays(1)));

        Assert.Empty(flags.Of(NearExpiry.Id));
    }

    [Fact]
    public void Run_NearExpiryBatchWithNoStockLeft_RaisesNoFlag()
    {
        var flags = Evaluate.At(Steps.Lplpo, Given.Batch("B-2407", Given.AsOf.AddMonths(1), quantity: 0));

        Assert.Empty(flags.Of(NearExpiry.Id));
    }

    [Fact]
    public void Run_NearExpiryBatchAtTheIfk_IsFlaggedAtDistribution()
    {
        var flags = Evaluate.At(Steps.Distribution, Given.Batch("B-2407", Given.AsOf.AddMonths(2), at: Given.Ifk));

        var flag = Assert.Single(flags.Of(NearExpiry.Id));
        Assert.Equal(Given.Ifk, flag.Facility);
        Assert.Equal(Steps.Distribution, flag.Step);
    }
}
