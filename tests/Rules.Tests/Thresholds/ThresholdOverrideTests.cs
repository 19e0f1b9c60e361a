using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Thresholds;

/// <summary>An administrator's file names only the values it changes; the rest come from the defaults.</summary>
public sealed class ThresholdOverrideTests
{
    private const string RaiseExcess = """{ "version": "district-2026.2", "values": { "excess_months": 24 } }""";

    [Fact]
    public void Parse_PartialFileOverDefaults_ChangesOnlyTheNamedValue()
    {
        var set = ThresholdSet.Parse(RaiseExcess, DefaultThresholds.Set);

        Assert.Equal("district-2026.2", set.Version);
        Assert.Equal(24m, set.ExcessMonths);
        Assert.Equal(12m, set.SafeFromMonths);
        Assert.Equal(10, set.LplpoDueDay);
    }

    [Fact]
    public void Parse_PartialFileWithoutDefaults_IsRefusedNamingWhatIsMissing()
    {
        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(RaiseExcess));

        Assert.StartsWith("values: missing ", error.Message);
        Assert.Contains(ThresholdNames.OutBelowMonths, error.Message);
        Assert.DoesNotContain(ThresholdNames.ExcessMonths, error.Message);
    }

    [Fact]
    public void Parse_OverrideThatBreaksTheOrderWithADefault_IsRefused()
    {
        const string json = """{ "version": "district-2026.3", "values": { "safe_from_months": 20 } }""";

        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(json, DefaultThresholds.Set));

        Assert.Equal("values.safe_from_months (20) must not exceed values.excess_months (18)", error.Message);
    }

    [Fact]
    public void With_ChangedValue_KeepsTheOriginalSetAsItWas()
    {
        var changed = DefaultThresholds.Set.With("what-if", new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = 24 });

        Assert.Equal(24m, changed.ExcessMonths);
        Assert.Equal("what-if", changed.Version);
        Assert.Equal(18m, DefaultThresholds.Set.ExcessMonths);
    }
}
