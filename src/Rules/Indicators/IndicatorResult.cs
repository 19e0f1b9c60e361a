namespace Requisition.Rules.Indicators;

/// <summary>One indicator's figure against its standard (standar).</summary>
/// <param name="Id">Stable id, e.g. "usage_ratio".</param>
/// <param name="Value">The figure, unrounded; null when there was nothing to divide by (<paramref name="Basis"/> says why).</param>
/// <param name="Unit">"%", "months", "times/year" or "ratio".</param>
/// <param name="Standard">The standard in words, e.g. "100 %", "12-18 months", "higher is better".</param>
/// <param name="Meets">Whether the figure meets the standard; null when the standard has no pass/fail or there is no figure.</param>
/// <param name="Basis">What was counted, so a reviewer can check the figure (e.g. "3 indicator items x 365 days").</param>
public sealed record IndicatorResult(string Id, decimal? Value, string Unit, string Standard, bool? Meets, string Basis);
