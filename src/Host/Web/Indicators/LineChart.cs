namespace Requisition.Host.Web.Indicators;

/// <summary>
/// What a trend chart (grafik tren) shows: the months, one or more series, and the standard (standar) as a dashed target
/// line when there is one. <see cref="Format"/> writes a value as the reader reads it ("12,5 %"), in the page's culture.
/// <see cref="Id"/> must be unique on the page: the chart's accessible title and description are found by it.
/// </summary>
public sealed record LineChart(string Id, string Title, string Description, IReadOnlyList<ChartCategory> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>The standard's value, drawn as a dashed line across the chart; null when the indicator has none.</summary>
    public decimal? Target { get; init; }

    /// <summary>The target line's name in the legend and its tooltip ("Standar 100 %").</summary>
    public string TargetLabel { get; init; } = "Target";

    public Func<decimal, string> Format { get; init; } = value => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
