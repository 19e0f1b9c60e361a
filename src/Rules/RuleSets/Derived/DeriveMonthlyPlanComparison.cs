using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>
/// At the LPLPO step: the use the RKO planned for a month (its annual use B / 12) against the period's use.
/// The planned need A is not split by 12 here: it carries the year's safety and lead-time stock and is
/// net of the stock at planning time, so a month's share of it says little about a month's use.
/// </summary>
public sealed class DeriveMonthlyPlanComparison : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_PLAN_COMPARISON_MONTHLY",
        "The RKO's planned monthly use compared with an LPLPO line's use.", Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>()
        .Join<RkoLine>().On(l => l.Key, r => r.Key)
        .Then((ctx, line, rko) => ctx.InsertLinked(new PlanComparison(
            line.Key, line.Period, rko.AnnualUse / 12m, line.Used,
            $"RKO planned monthly use vs use in {line.Period}")));
}
