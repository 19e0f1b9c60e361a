using System.Globalization;
using Microsoft.Extensions.Localization;
using Requisition.Host.Web.Localization;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Indicators;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The dashboard's trend charts (grafik tren) from its monthly trends: stock-out time, planning accuracy and LPLPO on
/// time, one chart each, and the four stock categories (kosong, kurang, aman, berlebih) together; each with its standard
/// as the target line. A trend the dashboard did not compute is left out.
/// </summary>
public static class TrendCharts
{
    /// <summary>The single-series charts, in the order shown.</summary>
    public static IReadOnlyList<string> Single { get; } = ["stockout_time", "planning_accuracy", "lplpo_on_time"];

    /// <summary>The stock-category shares drawn together, with their colours (red, amber, green, purple) and legend names.</summary>
    public static IReadOnlyList<(string Id, string Name, string Colour)> Categories { get; } =
    [
        ("items_out_pct", "Kosong", "#b3261e"), ("items_short_pct", "Kurang", "#9a6700"),
        ("items_safe_pct", "Aman", "#0b6e4f"), ("items_excess_pct", "Berlebih", "#6b3fa0"),
    ];

    public const string CategoriesChartId = "chart-stock-categories";

    public static IReadOnlyList<LineChart> For(IndicatorDashboard dashboard, IStringLocalizer<IndicatorText> text)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var months = Months(dashboard.From, dashboard.To);
        var categories = months.Select((m, i) => Category(m, i)).ToList();
        var range = $"{Name(dashboard.From)} – {Name(dashboard.To)}";
        var trends = dashboard.Trends.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var charts = new List<LineChart>();
        foreach (var id in Single)
        {
            if (!trends.TryGetValue(id, out var trend)) continue;
            var name = IndicatorWords.Name(text, id);
            charts.Add(new LineChart(ChartId(id), name, Description(text, name, range, trend), categories,
                [new ChartSeries(id, name, Values(trend, months))])
            {
                Target = trend.Target,
                TargetLabel = text["Standar"],
                Format = v => IndicatorWords.Value(text, v, trend.Unit),
            });
        }
        var shares = Categories.Where(c => trends.ContainsKey(c.Id)).ToList();
        if (shares.Count > 0)
        {
            var title = text["Persentase item menurut kategori stok"];
            var target = shares.Select(c => trends[c.Id]).Where(t => t.Id != "items_safe_pct").Select(t => t.Target).FirstOrDefault(t => t is not null);
            var unit = trends[shares[0].Id].Unit;
            charts.Add(new LineChart(CategoriesChartId, title,
                text["{0}, {1}. Kosong: kurang dari 1 bulan stok; kurang: 1 sampai 12 bulan; aman: 12 sampai 18 bulan; berlebih: lebih dari 18 bulan. Garis putus-putus: standar {2} untuk kosong, kurang dan berlebih.",
                    title, range, target is { } t ? IndicatorWords.Value(text, t, unit) : "–"],
                categories,
                shares.Select(c => new ChartSeries(c.Id, text[c.Name], Values(trends[c.Id], months)) { Colour = c.Colour }).ToList())
            {
                Target = target,
                TargetLabel = text["Standar (kosong, kurang, berlebih)"],
                Format = v => IndicatorWords.Value(text, v, unit),
            });
        }
        return charts;
    }

    /// <summary>The element id of an indicator's chart ("chart-stockout-time").</summary>
    public static string ChartId(string indicatorId) => "chart-" + indicatorId.Replace('_', '-');

    /// <summary>Every month of [from, to]; none when the range is backwards.</summary>
    public static IReadOnlyList<Period> Months(Period from, Period to) =>
        to < from ? [] : Enumerable.Range(0, to.Ordinal - from.Ordinal + 1).Select(from.AddMonths).ToList();

    private static List<decimal?> Values(IndicatorTrend trend, IReadOnlyList<Period> months)
    {
        var byMonth = trend.Points.GroupBy(p => p.Period).ToDictionary(g => g.Key, g => g.First().Value);
        return months.Select(m => byMonth.GetValueOrDefault(m)).ToList();
    }

    private static string Description(IStringLocalizer<IndicatorText> text, string name, string range, IndicatorTrend trend) =>
        trend.Target is { } target
            ? text["{0} per bulan, {1}. Garis putus-putus: standar {2}.", name, range, IndicatorWords.Value(text, target, trend.Unit)]
            : text["{0} per bulan, {1}.", name, range];

    private static ChartCategory Category(Period month, int index) =>
        new(month.FirstDay.ToString("MMM", CultureInfo.CurrentCulture),
            index == 0 || month.Month == 1 ? month.Year.ToString(CultureInfo.InvariantCulture) : null,
            Name(month));

    private static string Name(Period month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
}
