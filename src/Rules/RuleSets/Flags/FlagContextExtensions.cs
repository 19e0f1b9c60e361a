using Requisition.Rules.Engine.Runtime;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Flags;

public static class FlagContextExtensions
{
    /// <summary>Starts a flag of the firing rule, decided under <paramref name="thresholds"/>.</summary>
    public static FlagDraft Flag(this RuleContext context, ThresholdSet thresholds) => new(context, thresholds);
}
