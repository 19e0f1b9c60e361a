using Requisition.Workflows.Runtime.Activities.Timing;

namespace Requisition.Workflows.Tests.Runtime.Activities;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("P3D", 3 * 24 * 60)]
    [InlineData("PT12H", 12 * 60)]
    [InlineData("P1DT6H30M", 30 * 60 + 30)]
    [InlineData("P2W", 14 * 24 * 60)]
    [InlineData("-P2D", -2 * 24 * 60)]
    [InlineData("PT90M", 90)]
    public void TryParse_DaysHoursMinutes_GivesTheSpan(string text, int minutes)
    {
        Assert.True(IsoDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("P1M")]
    [InlineData("P1Y")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("3 days")]
    [InlineData("")]
    public void TryParse_MonthsYearsOrNotADuration_IsRefused(string text) =>
        Assert.False(IsoDuration.TryParse(text, out _));
}
