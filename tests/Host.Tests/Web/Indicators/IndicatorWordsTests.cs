using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Requisition.Host.Web.Indicators;
using Requisition.Host.Web.Localization;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>
/// How the dashboard words a figure: its name, value and standard in Bahasa Indonesia by default and in English after the
/// switch (from IndicatorText.en.resx), the value rounded for reading in the culture's own number format, and a status
/// that always says in words whether the standard is met.
/// </summary>
public sealed class IndicatorWordsTests
{
    private static readonly IStringLocalizer<IndicatorText> Text = new StringLocalizer<IndicatorText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    private static T In<T>(CultureInfo culture, Func<T> read)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, ui0);
        }
    }

    [Fact]
    public void Words_InIndonesian_UseIndonesianNamesUnitsAndNumbers()
    {
        var words = In(Cultures.Id, () => (
            IndicatorWords.Name(Text, "stockout_time"), IndicatorWords.Value(Text, 1234.5678m, "%"),
            IndicatorWords.Value(Text, 14.25m, "months"), IndicatorWords.Standard(Text, "12-18 months"), IndicatorWords.Standard(Text, "12 times/year")));

        Assert.Equal(("Rata-rata waktu kekosongan obat", "1.234,6 %", "14,3 bulan", "12-18 bulan", "12 kali/tahun"), words);
    }

    [Fact]
    public void Words_InEnglish_ComeFromTheEnglishResources()
    {
        var words = In(Cultures.En, () => (
            IndicatorWords.Name(Text, "stockout_time"), IndicatorWords.Group(Text, "availability"), IndicatorWords.Value(Text, 14.25m, "months"),
            IndicatorWords.Standard(Text, "higher is better"), IndicatorWords.Column(Text, "stock-out days")));

        Assert.Equal(("Average stock-out time", "Availability", "14.3 months", "higher is better", "stock-out days"), words);
    }

    [Theory]
    [InlineData(true, 100.0, "meets", "Memenuhi")]
    [InlineData(false, 82.7, "fails", "Belum memenuhi")]
    [InlineData(null, 0.0, "none", "Tanpa standar")]
    [InlineData(null, null, "none", "Tanpa data")]
    public void Status_SaysInWordsWhetherTheStandardIsMet(bool? meets, double? value, string css, string words)
    {
        var status = In(Cultures.Id, () => IndicatorWords.Status(Text, meets, (decimal?)value));

        Assert.Equal((css, words), status);
    }

    [Fact]
    public void Words_AnIndicatorWithoutAName_IsShownByItsId()
    {
        Assert.Equal("new_indicator", In(Cultures.Id, () => IndicatorWords.Name(Text, "new_indicator")));
        Assert.Equal("–", IndicatorWords.Value(Text, null, "%"));
    }
}
