using System.Globalization;
using System.Xml.Linq;
using Requisition.Host.Web.Indicators;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>
/// The server-drawn trend chart: well-formed SVG with one marker per month that has a figure (each with its tooltip), a
/// gap where a month has none, the standard as a dashed target line, a legend entry per line and an accessible title.
/// </summary>
public sealed class SvgLineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static IReadOnlyList<ChartCategory> Months(int count) =>
        Enumerable.Range(0, count).Select(i => new ChartCategory($"M{i + 1}", i == 0 ? "2026" : null, $"Bulan {i + 1} 2026")).ToList();

    private static LineChart Chart(IReadOnlyList<decimal?> values, decimal? target = null) =>
        new("chart-test", "Waktu kekosongan obat", "Per bulan, dengan standar 0 %.", Months(values.Count), [new ChartSeries("stockout_time", "Kekosongan", values)])
        {
            Target = target,
            TargetLabel = "Standar",
            Format = v => v.ToString("0.#", CultureInfo.InvariantCulture) + " %",
        };

    private static XElement Parse(LineChart chart) => XDocument.Parse(SvgLineChart.Render(chart)).Root!;

    private static List<XElement> Points(XElement svg) =>
        svg.Descendants().Where(e => (string?)e.Attribute("class") == "point").ToList();

    [Fact]
    public void Render_TwelveMonths_IsWellFormedSvgWithOnePointPerMonth()
    {
        var values = Enumerable.Range(1, 12).Select(i => (decimal?)i * 2.5m).ToList();

        var svg = Parse(Chart(values));

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal(12, Points(svg).Count);
        Assert.Equal(12, svg.Descendants(Svg + "text").Count(t => (string?)t.Attribute("class") == "month"));
        Assert.Equal(["2.5", "30"], [(string)Points(svg)[0].Attribute("data-value")!, (string)Points(svg)[11].Attribute("data-value")!]);
    }

    [Fact]
    public void Render_EachPoint_CarriesATooltipWithTheMonthAndTheFormattedValue()
    {
        var svg = Parse(Chart([5m, 12.5m]));

        var tooltips = Points(svg).Select(p => p.Element(Svg + "title")?.Value).ToList();

        Assert.Equal(["Bulan 1 2026: 5 %", "Bulan 2 2026: 12.5 %"], tooltips);
    }

    [Fact]
    public void Render_MonthsWithoutAFigure_LeaveGapsInTheLine()
    {
        var svg = Parse(Chart([1m, 2m, null, 4m, 5m, null]));

        var path = (string)svg.Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "line").Attribute("d")!;

        Assert.Equal(4, Points(svg).Count);
        Assert.Equal(2, path.Count(c => c == 'M'));
        Assert.Equal(2, path.Count(c => c == 'L'));
    }

    [Fact]
    public void Render_NoFigureAtAll_DrawsTheAxesWithoutALineOrPoints()
    {
        var svg = Parse(Chart([null, null, null], target: 100m));

        Assert.Empty(Points(svg));
        Assert.DoesNotContain(svg.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "line");
        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "target");
    }

    [Fact]
    public void Render_WithAStandard_DrawsADashedTargetLineAboveLowerValues()
    {
        var svg = Parse(Chart([40m, 60m], target: 100m));

        var target = svg.Descendants(Svg + "line").Single(l => (string?)l.Attribute("class") == "target");
        var y = double.Parse((string)target.Attribute("y1")!, CultureInfo.InvariantCulture);
        var lowest = Points(svg).Select(p => double.Parse((string)p.Attribute("cy")!, CultureInfo.InvariantCulture)).Min();

        Assert.Equal((string)target.Attribute("y1")!, (string)target.Attribute("y2")!);
        Assert.NotNull(target.Attribute("stroke-dasharray"));
        Assert.Equal("100", (string)target.Attribute("data-value")!);
        Assert.True(y < lowest, $"the 100 % line (y {y}) should be above the 60 % point (y {lowest})");
        Assert.Equal("Standar: 100 %", target.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Render_WithoutAStandard_HasNoTargetLine()
    {
        var svg = Parse(Chart([40m, 60m]));

        Assert.DoesNotContain(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "target");
    }

    [Fact]
    public void Render_FourSeries_EachHasItsLegendEntryAndItsOwnMarkerShape()
    {
        string[] keys = ["out", "short", "safe", "excess"];
        var chart = new LineChart("chart-shares", "Kategori stok", "Empat kategori.", Months(3),
            keys.Select(k => new ChartSeries(k, "Item " + k, [10m, 20m, 30m])).ToList()) { Target = 0m, TargetLabel = "Standar" };

        var svg = Parse(chart);

        var series = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").ToList();
        Assert.Equal(keys, series.Select(g => (string)g.Attribute("data-series")!));
        Assert.All(series, g => Assert.Equal(3, Points(g).Count));
        Assert.Equal(4, series.Select(g => Points(g)[0].Name.LocalName + Points(g)[0].Attribute("points")?.Value.Count(c => c == ',')).Distinct().Count());
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend").Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["Item out", "Item short", "Item safe", "Item excess", "Standar"], legend);
    }

    [Fact]
    public void Render_Always_HasAnAccessibleTitleAndDescription()
    {
        var svg = Parse(Chart([1m]));

        Assert.Equal("img", (string)svg.Attribute("role")!);
        Assert.Equal("chart-test-title chart-test-desc", (string)svg.Attribute("aria-labelledby")!);
        Assert.Equal("Waktu kekosongan obat", svg.Elements(Svg + "title").Single(t => (string?)t.Attribute("id") == "chart-test-title").Value);
        Assert.Equal("Per bulan, dengan standar 0 %.", svg.Elements(Svg + "desc").Single().Value);
    }

    [Fact]
    public void Render_TextWithMarkup_IsWrittenAsText()
    {
        var chart = Chart([1m]) with { Title = "<script>alert(1)</script> & co" };

        var markup = SvgLineChart.Render(chart);

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> & co", XDocument.Parse(markup).Root!.Element(Svg + "title")!.Value);
    }

    [Theory]
    [InlineData(new[] { 3.0, 7.0 }, 0, 8, 2)]
    [InlineData(new[] { 40.0, 120.0 }, 0, 120, 20)]
    [InlineData(new[] { 12.0, 100.0 }, 0, 100, 20)]
    [InlineData(new[] { 0.0 }, 0, 1, 0.2)]
    [InlineData(new[] { -10.0, 30.0 }, -10, 30, 10)]
    public void Axis_HoldsEveryValueOnRoundGridlines(double[] values, double bottom, double top, double step)
    {
        var axis = ChartAxis.Holding(values.Select(v => (decimal)v));

        Assert.Equal(((decimal)bottom, (decimal)top, (decimal)step), (axis.Bottom, axis.Top, axis.Step));
    }
}
