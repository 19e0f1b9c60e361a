using Requisition.Rules.RuleSets;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;
using Requisition.Rules.Tests.Thresholds;

namespace Requisition.Rules.Tests.RuleSets;

/// <summary>Runs a step's rule set the way the product does (<see cref="StepEvaluation.Run"/>), defaults unless told.</summary>
internal static class Evaluate
{
    public static IReadOnlyList<Flag> At(string step, params object[] facts) =>
        StepEvaluation.Run(step, DefaultThresholds.Set, Given.AsOf, facts);

    public static IReadOnlyList<Flag> At(string step, DateOnly asOf, params object[] facts) =>
        StepEvaluation.Run(step, DefaultThresholds.Set, asOf, facts);

    public static IReadOnlyList<Flag> Under(ThresholdSet thresholds, string step, params object[] facts) =>
        StepEvaluation.Run(step, thresholds, Given.AsOf, facts);
}
