namespace Requisition.Host.Web.Indicators;

/// <summary>
/// One line of a trend chart (garis tren): its key (for tests and CSS), its name in the legend and one value per
/// category, null where the month has no figure (the line leaves a gap there).
/// </summary>
public sealed record ChartSeries(string Key, string Name, IReadOnlyList<decimal?> Values)
{
    /// <summary>The line's colour (an SVG colour); null takes the next one of the chart's palette.</summary>
    public string? Colour { get; init; }
}
