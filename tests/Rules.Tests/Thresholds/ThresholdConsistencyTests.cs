using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Thresholds;

/// <summary>Limits that must rise in order (out &lt; safe &lt; excess, error &lt; warning &lt; info windows, ...) are checked together.</summary>
public sealed class ThresholdConsistencyTests
{
    [Theory]
    [InlineData(ThresholdNames.NearExpiryErrorMonths, 7, ThresholdNames.NearExpiryWarningMonths, 6)]
    [InlineData(ThresholdNames.NearExpiryWarningMonths, 13, ThresholdNames.NearExpiryInfoMonths, 12)]
    [InlineData(ThresholdNames.OutBelowMonths, 13, ThresholdNames.SafeFromMonths, 12)]
    [InlineData(ThresholdNames.SafeFromMonths, 19, ThresholdNames.ExcessMonths, 18)]
    [InlineData(ThresholdNames.PlanAccuracyMinPct, 125, ThresholdNames.PlanAccuracyMaxPct, 120)]
    [InlineData(ThresholdNames.PlanDeviationTolerablePct, 35, ThresholdNames.PlanDeviationPoorPct, 30)]
    public void Create_LowerLimitAboveTheUpper_IsRefusedNamingBothValues(string lower, int value, string upper, int upperValue)
    {
        var error = Assert.Throws<ThresholdException>(() => Change(lower, value));

        Assert.Equal($"values.{lower} ({value}) must not exceed values.{upper} ({upperValue})", error.Message);
    }

    [Fact]
    public void Create_EqualWindows_AreAllowed()
    {
        var set = Change(ThresholdNames.NearExpiryWarningMonths, 3);

        Assert.Equal(3, set.NearExpiryErrorMonths);
        Assert.Equal(3, set.NearExpiryWarningMonths);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("29")]
    [InlineData("10.5")]
    public void Create_DueDayOutsideOneToTwentyEight_IsRefusedNamingIt(string day)
    {
        var value = decimal.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ThresholdException>(() => Change(ThresholdNames.LplpoDueDay, value));

        Assert.Equal($"values.lplpo_due_day: {day} is not a day from 1 to 28", error.Message);
    }

    [Fact]
    public void Create_DeadStockLimitUnderOneMonth_IsRefused()
    {
        var error = Assert.Throws<ThresholdException>(() => Change(ThresholdNames.DeadStockMonths, 0));

        Assert.Equal("values.dead_stock_months: must be at least 1", error.Message);
    }

    [Theory]
    [InlineData(ThresholdNames.NearExpiryErrorMonths)]
    [InlineData(ThresholdNames.DeadStockMonths)]
    public void Create_FractionalMonthCountForAWholeMonthLimit_IsRefusedNamingIt(string name)
    {
        // These limits are whole months to the rules (the set exposes them as int); 2.5 would silently
        // decide as 2 while flags record 2.5 as the threshold used.
        var error = Assert.Throws<ThresholdException>(() => Change(name, 2.5m));

        Assert.Contains($"values.{name}", error.Message);
        Assert.Contains("2.5", error.Message);
    }

    [Fact]
    public void Create_MissingValues_AreRefusedListingThem()
    {
        var values = DefaultThresholds.Set.Values
            .Where(v => v.Key is not (ThresholdNames.LplpoDueDay or ThresholdNames.RkoSafetyPct))
            .ToDictionary();

        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Create("partial", values));

        Assert.Equal("values: missing lplpo_due_day, rko_safety_pct", error.Message);
    }

    private static ThresholdSet Change(string name, decimal value) =>
        DefaultThresholds.Set.With("test", new Dictionary<string, decimal> { [name] = value });
}
