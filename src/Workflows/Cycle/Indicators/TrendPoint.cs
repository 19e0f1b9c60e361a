using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>One month of an indicator's trend (tren bulanan); null when the month has nothing to divide by.</summary>
public sealed record TrendPoint(Period Period, decimal? Value);
