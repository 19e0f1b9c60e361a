using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>Stock that nobody prescribed for the dead-stock limit of consecutive months (default 3).</summary>
public sealed class DeadStock : FlagRule
{
    public const string Id = "DEAD_STOCK";

    public override RuleInfo Info { get; } = Describe(Id, "Dead stock",
        "Stock on hand with no use for 3 consecutive months (obat tidak diresepkan).", Severity.Warning, Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<StockPosition>(p => p.Line.Closing > 0 && p.MonthsWithoutUse > 0)
        .Join<ThresholdSet>().All()
        .Where((p, t) => p.MonthsWithoutUse >= t.DeadStockMonths)
        .Then((ctx, p, thresholds) => ctx.Flag(thresholds).For(p.Line.Key).In(p.Line.Period)
            .Evidence("closing", p.Line.Closing)
            .Evidence("months_without_use", p.MonthsWithoutUse)
            .Threshold(ThresholdNames.DeadStockMonths)
            .Raise($"{p.Line.Closing} units in stock and no use for {p.MonthsWithoutUse} consecutive months " +
                   $"(limit {thresholds.DeadStockMonths})."));
}
