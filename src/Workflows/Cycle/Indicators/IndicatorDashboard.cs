using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// The indicator dashboard (dasbor indikator pengelolaan obat) of one puskesmas or the district over a period: each
/// figure against its standard, and the monthly trends. <paramref name="AsOf"/> is the day the stock-on-hand figures
/// (expiry) are taken at; <paramref name="ThresholdVersion"/> the threshold set that decided the categories.
/// </summary>
public sealed record IndicatorDashboard(string ScopeId, string ScopeName, bool District, Period From, Period To,
    DateOnly AsOf, string ThresholdVersion, IReadOnlyList<IndicatorFigure> Figures, IReadOnlyList<IndicatorTrend> Trends);
