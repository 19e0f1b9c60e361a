using System.Globalization;
using System.Xml.Linq;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// Draws a trend chart (grafik tren) as inline SVG on the server: no script and no chart library reach the browser.
/// Gridlines with their values, the months under the axis, the standard as a dashed target line, each series as a line
/// with a marker per month (each marker carries a tooltip naming the month and the value), a legend, and an accessible
/// title and description. A month without a figure leaves a gap in the line. Series differ by colour and by marker shape,
/// so colour is never the only cue.
/// </summary>
public static class SvgLineChart
{
    public const int Width = 640;
    private const int Left = 60, Right = 16, Top = 12, PlotHeight = 180, LegendRow = 18;
    private const int PlotWidth = Width - Left - Right;
    private const string Ink = "#1d2630", Muted = "#5b6775", Grid = "#d5dbe1", TargetColour = "#5b6775";
    private static readonly string[] Palette = ["#2b5797", "#b3261e", "#9a6700", "#0b6e4f", "#6b3fa0"];
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The chart as SVG markup, ready to place in a page (every text escaped).</summary>
    public static string Render(LineChart chart) => Build(chart).ToString(SaveOptions.DisableFormatting);

    /// <summary>The chart as an SVG element.</summary>
    public static XElement Build(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var values = chart.Series.SelectMany(s => s.Values).OfType<decimal>().ToList();
        if (chart.Target is { } target) values.Add(target);
        var axis = ChartAxis.Holding(values);
        var legend = LegendLayout(chart);
        var height = Top + PlotHeight + 40 + legend.Rows * LegendRow + 6;

        var svg = new XElement(Svg + "svg",
            new XAttribute("class", "chart"), new XAttribute("id", chart.Id), new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("viewBox", $"0 0 {Width} {height}"), new XAttribute("width", Width), new XAttribute("height", height),
            new XAttribute("font-family", "system-ui, sans-serif"), new XAttribute("font-size", 11),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), chart.Description));
        svg.Add(GridAndAxes(chart, axis));
        if (chart.Target is { } line) svg.Add(TargetLine(chart, axis, line));
        for (var i = 0; i < chart.Series.Count; i++) svg.Add(SeriesGroup(chart, axis, i));
        svg.Add(Legend(chart, legend.Places, Top + PlotHeight + 40));
        return svg;
    }

    /// <summary>The x of the <paramref name="index"/>th month: spread across the plot, one month in the middle.</summary>
    private static double X(int index, int count) =>
        count <= 1 ? Left + PlotWidth / 2.0 : Left + 8 + (PlotWidth - 16) * index / (double)(count - 1);

    private static double Y(ChartAxis axis, decimal value) => Top + PlotHeight * (1 - axis.Fraction(value));

    private static XElement GridAndAxes(LineChart chart, ChartAxis axis)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "axes"));
        foreach (var tick in axis.Ticks())
        {
            var y = Y(axis, tick);
            group.Add(Line("grid", Left, y, Left + PlotWidth, y, tick == 0 ? Muted : Grid));
            group.Add(Text("tick", Left - 6, y + 4, chart.Format(tick), "end", Muted));
        }
        group.Add(Line("axis", Left, Top, Left, Top + PlotHeight, Muted));
        var count = chart.Categories.Count;
        var every = Math.Max(1, (int)Math.Ceiling(count / 12.0));
        for (var i = 0; i < count; i++)
        {
            if (i % every != 0 && i != count - 1) continue;
            var category = chart.Categories[i];
            var x = X(i, count);
            group.Add(Text("month", x, Top + PlotHeight + 16, category.Label, "middle", Ink));
            if (category.SubLabel is { } sub) group.Add(Text("year", x, Top + PlotHeight + 30, sub, "middle", Muted));
        }
        return group;
    }

    private static XElement TargetLine(LineChart chart, ChartAxis axis, decimal target)
    {
        var y = Y(axis, target);
        var line = Line("target", Left, y, Left + PlotWidth, y, TargetColour, 2);
        line.Add(new XAttribute("stroke-dasharray", "8 5"), new XAttribute("data-value", Number(target)));
        line.Add(new XElement(Svg + "title", $"{chart.TargetLabel}: {chart.Format(target)}"));
        return line;
    }

    private static XElement SeriesGroup(LineChart chart, ChartAxis axis, int index)
    {
        var series = chart.Series[index];
        var colour = Colour(series, index);
        var count = chart.Categories.Count;
        var group = new XElement(Svg + "g", new XAttribute("class", "series"), new XAttribute("data-series", series.Key));
        var path = new List<string>();
        var drawing = false;
        for (var i = 0; i < Math.Min(count, series.Values.Count); i++)
        {
            if (series.Values[i] is not { } value)
            {
                drawing = false;
                continue;
            }
            path.Add($"{(drawing ? "L" : "M")}{Number(X(i, count))} {Number(Y(axis, value))}");
            drawing = true;
        }
        if (path.Count > 0)
            group.Add(new XElement(Svg + "path", new XAttribute("class", "line"), new XAttribute("d", string.Join(" ", path)),
                new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", 2)));
        for (var i = 0; i < Math.Min(count, series.Values.Count); i++)
        {
            if (series.Values[i] is not { } value) continue;
            var point = Marker(index, X(i, count), Y(axis, value), colour);
            point.Add(new XAttribute("data-value", Number(value)));
            var who = chart.Series.Count > 1 ? $" · {series.Name}" : "";
            point.Add(new XElement(Svg + "title", $"{chart.Categories[i].FullName}{who}: {chart.Format(value)}"));
            group.Add(point);
        }
        return group;
    }

    /// <summary>A point of the <paramref name="index"/>th series: circle, square, triangle or diamond, in turn.</summary>
    private static XElement Marker(int index, double x, double y, string colour)
    {
        XElement shape = (index % 4) switch
        {
            0 => new XElement(Svg + "circle", new XAttribute("cx", Number(x)), new XAttribute("cy", Number(y)), new XAttribute("r", 4)),
            1 => new XElement(Svg + "rect", new XAttribute("x", Number(x - 4)), new XAttribute("y", Number(y - 4)), new XAttribute("width", 8), new XAttribute("height", 8)),
            2 => new XElement(Svg + "polygon", new XAttribute("points", Points((x, y - 5), (x + 5, y + 4), (x - 5, y + 4)))),
            _ => new XElement(Svg + "polygon", new XAttribute("points", Points((x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)))),
        };
        shape.Add(new XAttribute("class", "point"), new XAttribute("fill", colour), new XAttribute("stroke", "#fff"), new XAttribute("stroke-width", 1));
        return shape;
    }

    private static (int Rows, IReadOnlyList<(double X, int Row)> Places) LegendLayout(LineChart chart)
    {
        var names = chart.Series.Select(s => s.Name).ToList();
        if (chart.Target is not null) names.Add(chart.TargetLabel);
        var places = new List<(double, int)>();
        double x = Left;
        var row = 0;
        foreach (var name in names)
        {
            var width = 30 + name.Length * 6.2 + 16;
            if (x > Left && x + width > Width - Right)
            {
                row++;
                x = Left;
            }
            places.Add((x, row));
            x += width;
        }
        return (names.Count == 0 ? 0 : row + 1, places);
    }

    private static XElement Legend(LineChart chart, IReadOnlyList<(double X, int Row)> places, double top)
    {
        var group = new XElement(Svg + "g", new XAttribute("class", "legend"));
        for (var i = 0; i < places.Count; i++)
        {
            var (x, row) = places[i];
            var y = top + row * LegendRow;
            var item = new XElement(Svg + "g", new XAttribute("class", "legend-item"));
            if (i < chart.Series.Count)
            {
                var colour = Colour(chart.Series[i], i);
                item.Add(Line("key", x, y, x + 24, y, colour, 2));
                var marker = Marker(i, x + 12, y, colour);
                marker.SetAttributeValue("class", "key-point");
                item.Add(marker);
                item.Add(Text("name", x + 30, y + 4, chart.Series[i].Name, "start", Ink));
            }
            else
            {
                var key = Line("key", x, y, x + 24, y, TargetColour, 2);
                key.Add(new XAttribute("stroke-dasharray", "8 5"));
                item.Add(key);
                item.Add(Text("name", x + 30, y + 4, chart.TargetLabel, "start", Ink));
            }
            group.Add(item);
        }
        return group;
    }

    private static string Colour(ChartSeries series, int index) => series.Colour ?? Palette[index % Palette.Length];

    private static XElement Line(string cssClass, double x1, double y1, double x2, double y2, string stroke, double width = 1) =>
        new(Svg + "line", new XAttribute("class", cssClass),
            new XAttribute("x1", Number(x1)), new XAttribute("y1", Number(y1)), new XAttribute("x2", Number(x2)), new XAttribute("y2", Number(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", Number(width)));

    private static XElement Text(string cssClass, double x, double y, string text, string anchor, string fill) =>
        new(Svg + "text", new XAttribute("class", cssClass), new XAttribute("x", Number(x)), new XAttribute("y", Number(y)),
            new XAttribute("text-anchor", anchor), new XAttribute("fill", fill), text);

    private static string Points(params (double X, double Y)[] corners) => string.Join(" ", corners.Select(c => $"{Number(c.X)},{Number(c.Y)}"));

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
