using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Planning;

/// <summary>An RKO whose cost (planned need x unit price, summed) is more than the facility's drug budget.</summary>
public sealed class BudgetShortfall : FlagRule
{
    public const string Id = "BUDGET_SHORTFALL";

    public override RuleInfo Info { get; } = Describe(Id, "Budget shortfall",
        "The plan's cost exceeds the budget; the IFK fits the plan to the budget.", Severity.Warning, Steps.Rko);

    public override void Define(RuleBuilder rule) => rule
        .Aggregate<PricedRkoLine, FacilityId>(p => p.Line.Facility)
        .Join<Budget>().On(g => g.Key, b => b.Facility)
        .Where((g, b) => g.Sum(p => p.Cost) > b.Amount)
        .Join<ThresholdSet>().All()
        .Then((ctx, lines, budget, thresholds) =>
        {
            var cost = lines.Sum(p => p.Cost);
            ctx.Flag(thresholds).For(budget.Facility).About(budget.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Evidence("plan_cost", cost)
                .Evidence("budget", budget.Amount)
                .Evidence("shortfall", cost - budget.Amount)
                .Evidence("coverage_pct", cost > 0 ? Math.Round(budget.Amount / cost * 100m, 1) : null)
                .Evidence("lines", lines.Count)
                .Raise($"The RKO costs Rp {cost:N0} for {lines.Count} items; the {budget.Year} budget is Rp {budget.Amount:N0} " +
                       $"(short by Rp {cost - budget.Amount:N0}).");
        });
}
