namespace Requisition.Host.Web.Indicators;

/// <summary>
/// One place on a trend chart's horizontal axis: a month (bulan). <paramref name="Label"/> is written under the axis
/// ("Jan"), <paramref name="SubLabel"/> under it when given (the year, where it changes), and <paramref name="FullName"/>
/// in the points' tooltips ("Januari 2026").
/// </summary>
public sealed record ChartCategory(string Label, string? SubLabel, string FullName);
