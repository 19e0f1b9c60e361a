using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>Reads the dashboard's HTML: a figure's row, a chart's SVG (parsed as XML, as the renderer writes it) and its points.</summary>
internal static partial class IndicatorHtml
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The table row of one figure, or null when the page has none.</summary>
    public static string? Row(string html, string indicatorId)
    {
        var match = Regex.Match(html, $"<tr data-indicator=\"{Regex.Escape(indicatorId)}\"[\\s\\S]*?</tr>", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? match.Value : null;
    }

    /// <summary>Every chart on the page, by its id.</summary>
    public static IReadOnlyDictionary<string, XElement> Charts(string html) =>
        SvgElement().Matches(html).Select(m => XElement.Parse(m.Value)).ToDictionary(e => (string)e.Attribute("id")!, StringComparer.Ordinal);

    /// <summary>The points of a chart (or of one of its series).</summary>
    public static IReadOnlyList<XElement> Points(XElement chart, string? series = null) =>
        chart.Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "series" && (series is null || (string?)g.Attribute("data-series") == series))
            .SelectMany(g => g.Elements().Where(e => (string?)e.Attribute("class") == "point"))
            .ToList();

    /// <summary>The rows of the drill-down table.</summary>
    public static IReadOnlyList<string> DrillRows(string html) =>
        DrillRow().Matches(html).Select(m => m.Value).ToList();

    [GeneratedRegex("<svg [^>]*class=\"chart\"[\\s\\S]*?</svg>")]
    private static partial Regex SvgElement();

    [GeneratedRegex("<tr data-facility=[\\s\\S]*?</tr>")]
    private static partial Regex DrillRow();
}
