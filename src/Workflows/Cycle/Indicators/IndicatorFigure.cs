namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// One indicator's figure on the dashboard (nilai indikator) next to its standard (standar).
/// <paramref name="Group"/>: "selection" | "planning" | "distribution" | "availability" | "storage" | "use".
/// <paramref name="Value"/> unrounded; null when there was nothing to divide by (<paramref name="Basis"/> says why).
/// </summary>
public sealed record IndicatorFigure(string Id, string Group, decimal? Value, string Unit, string Standard, bool? Meets, string Basis);
