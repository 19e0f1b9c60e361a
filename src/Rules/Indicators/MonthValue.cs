using Requisition.Rules.Facts;

namespace Requisition.Rules.Indicators;

/// <summary>An indicator's figure for one month; null when the month had nothing to divide by or no data.</summary>
public sealed record MonthValue(Period Period, decimal? Value);
