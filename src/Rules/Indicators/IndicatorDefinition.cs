using Requisition.Rules.Thresholds;

namespace Requisition.Rules.Indicators;

/// <summary>
/// One indicator as the calculator knows it: its stable id, the stage of drug management it evaluates
/// (<see cref="IndicatorGroups"/>), how its figure is computed and how the rows behind it are listed.
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    string Group,
    Func<IndicatorScope, ThresholdSet, IndicatorResult?> Compute,
    Func<IndicatorScope, ThresholdSet, IndicatorBreakdown?> Explain);
