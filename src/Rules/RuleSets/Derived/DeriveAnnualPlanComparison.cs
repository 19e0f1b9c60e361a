using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>At the RKO step: the year's planned need against the last 12 months of real use.</summary>
public sealed class DeriveAnnualPlanComparison : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_PLAN_COMPARISON_ANNUAL",
        "RKO planned need compared with the use of the last 12 months of history.", Steps.Rko);

    public override void Define(RuleBuilder rule) => rule
        .Match<RkoLine>()
        .Join<UsageProfile>().On(r => r.Key, p => p.Key)
        .Then((ctx, rko, profile) => ctx.InsertLinked(new PlanComparison(
            rko.Key, null, rko.PlannedNeed, profile.UsedLast12,
            $"RKO planned need vs use in the 12 months to {profile.LatestPeriod}")));
}
