using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>An LPLPO line's stock position when the item has no stock history: the period's own use stands in.</summary>
public sealed class DeriveStockPositionWithoutHistory : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_STOCK_POSITION_NO_HISTORY",
        "Months of stock of an LPLPO line without history, from the period's own use.",
        Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>()
        .NotExists<UsageProfile>().On(l => l.Key, p => p.Key)
        .Join<ThresholdSet>().All()
        .Then((ctx, line, thresholds) => ctx.InsertLinked(DeriveStockPosition.Position(line, null, thresholds)));
}
