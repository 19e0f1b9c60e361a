using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>At the LPLPO step: the RKO's monthly share (planned need / 12) against the period's use.</summary>
public sealed class DeriveMonthlyPlanComparison : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_PLAN_COMPARISON_MONTHLY",
        "RKO monthly share compared with an LPLPO line's use.", Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>()
        .Join<RkoLine>().On(l => l.Key, r => r.Key)
        .Then((ctx, line, rko) => ctx.InsertLinked(new PlanComparison(
            line.Key, line.Period, rko.PlannedNeed / 12m, line.Used,
            $"RKO monthly share vs use in {line.Period}")));
}
