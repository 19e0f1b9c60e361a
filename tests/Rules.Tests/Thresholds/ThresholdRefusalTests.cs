using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Tests.Thresholds;

/// <summary>A threshold file that cannot be used is refused with a message naming the value at fault.</summary>
public sealed class ThresholdRefusalTests
{
    [Fact]
    public void Parse_UnknownName_IsRefusedNamingIt()
    {
        const string json = """{ "version": "v2", "values": { "excess_month": 24 } }""";

        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(json, DefaultThresholds.Set));

        Assert.Equal("values.excess_month: unknown threshold", error.Message);
    }

    [Theory]
    [InlineData("\"eighteen\"", "'eighteen'")]
    [InlineData("1e400", "'1e400'")]
    public void Parse_ValueThatIsNotANumber_IsRefusedQuotingIt(string value, string quoted)
    {
        var json = $$"""{ "version": "v2", "values": { "excess_months": {{value}} } }""";

        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(json, DefaultThresholds.Set));

        Assert.Equal($"values.excess_months: {quoted} is not a number", error.Message);
    }

    [Fact]
    public void Parse_NegativeValue_IsRefusedNamingIt()
    {
        const string json = """{ "version": "v2", "values": { "request_deviation_pct": -5 } }""";

        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(json, DefaultThresholds.Set));

        Assert.Equal("values.request_deviation_pct: -5 is negative", error.Message);
    }

    [Fact]
    public void Parse_NotJson_IsRefusedWithTheLine()
    {
        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse("{ \"version\": \"v2\",\n  \"values\": { oops } }"));

        Assert.StartsWith("not valid JSON (line 2)", error.Message);
    }

    [Theory]
    [InlineData("""{ "values": { } }""", "'version' is missing or not a string")]
    [InlineData("""{ "version": "  ", "values": { } }""", "'version' is empty")]
    [InlineData("""{ "version": "v2" }""", "'values' is missing or not an object")]
    [InlineData("""[ 1, 2 ]""", "expected a JSON object with 'version' and 'values'")]
    public void Parse_FileWithoutTheExpectedShape_IsRefusedSayingWhatIsWrong(string json, string message)
    {
        var error = Assert.Throws<ThresholdException>(() => ThresholdSet.Parse(json, DefaultThresholds.Set));

        Assert.Equal(message, error.Message);
    }
}
