using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Orders an item's batches with stock by expiry: the order FEFO picks them in.</summary>
public sealed class DeriveBatchQueue : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_BATCH_QUEUE", "Batches with stock in FEFO order.", Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Aggregate<BatchStock, ItemKey>(b => b.Key, b => b.Quantity > 0)
        .Then((ctx, batches) => ctx.InsertLinked(new BatchQueue(
            batches.Key,
            batches.Items.OrderBy(b => b.Expiry).ThenBy(b => b.Batch, StringComparer.Ordinal).ToList())));
}
