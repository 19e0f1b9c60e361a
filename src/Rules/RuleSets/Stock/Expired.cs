using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>A batch past its expiry date still counted as stock: it must be separated and reported as lost (ED).</summary>
public sealed class Expired : FlagRule
{
    public const string Id = "EXPIRED";

    public override RuleInfo Info { get; } = Describe(Id, "Expired stock",
        "Expired stock not yet separated is the worst case of expiry.", Severity.Error,
        Steps.Lplpo, Steps.IfkReview, Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Match<BatchStock>(b => b.Quantity > 0)
        .Join<EvaluationDate>().All()
        .Where((b, d) => b.Expiry < d.Today)
        .Join<ThresholdSet>().All()
        .Then((ctx, batch, date, thresholds) => ctx.Flag(thresholds).For(batch.Key).About(batch.Batch)
            .Evidence("batch", batch.Batch)
            .Evidence("expiry", batch.Expiry)
            .Evidence("quantity", batch.Quantity)
            .Evidence("as_of", date.Today)
            .Raise($"Batch {batch.Batch} ({batch.Quantity} units) expired on {batch.Expiry:yyyy-MM-dd} and is still in stock."));
}
