using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Review;

/// <summary>
/// The IFK gives (pemberian) a quantity other than requested. Beyond the approval-deviation limit
/// (default 0 %: any difference) a reason is required: an error without one, for information with one.
/// </summary>
public sealed class ApprovalDeviation : FlagRule
{
    public const string Id = "APPROVAL_DEVIATION";

    public override RuleInfo Info { get; } = Describe(Id, "Approval deviates from request",
        "Given vs requested; a reason (keterangan) is required for any adjustment.", Severity.Error, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>(l => l.Given is not null && l.Given != l.Requested)
        .Join<ThresholdSet>().All()
        .Where((l, t) => DeviationPct(l) is not { } d || d > t.ApprovalDeviationPct)
        .Then((ctx, line, thresholds) =>
        {
            var hasReason = !string.IsNullOrWhiteSpace(line.Note);
            ctx.Flag(thresholds).For(line.Key).In(line.Period)
                .WithSeverity(hasReason ? Severity.Info : Severity.Error)
                .Evidence("requested", line.Requested)
                .Evidence("given", line.Given)
                .Evidence("deviation_pct", DeviationPct(line))
                .Evidence("reason", line.Note)
                .Threshold(ThresholdNames.ApprovalDeviationPct)
                .Raise(hasReason
                    ? $"Given {line.Given} of {line.Requested} requested: {line.Note}"
                    : $"Given {line.Given} of {line.Requested} requested, with no reason: an adjustment needs one.");
        });

    public static decimal? DeviationPct(LplpoLine l) =>
        l.Requested > 0 ? Math.Abs(l.Given!.Value - l.Requested) * 100m / l.Requested : null;
}
