using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Costs each RKO line at the formulary's unit price.</summary>
public sealed class DerivePricedRkoLine : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_RKO_COST", "RKO planned need x formulary unit price.", Steps.Rko);

    public override void Define(RuleBuilder rule) => rule
        .Match<RkoLine>()
        .Join<CatalogItem>().On(r => r.Key, i => i.Key)
        .Then((ctx, rko, item) => ctx.InsertLinked(new PricedRkoLine(rko, item.Price, rko.PlannedNeed * item.Price)));
}
