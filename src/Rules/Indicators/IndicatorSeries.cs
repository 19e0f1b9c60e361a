namespace Requisition.Rules.Indicators;

/// <summary>One indicator month by month (tren), oldest month first.</summary>
public sealed record IndicatorSeries(string Id, IReadOnlyList<MonthValue> Points);
