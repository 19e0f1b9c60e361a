using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>More stock than the excess limit (default 18 months of use): money tied up and expiry risk.</summary>
public sealed class ExcessStock : FlagRule
{
    public const string Id = "EXCESS_STOCK";

    public override RuleInfo Info { get; } = Describe(Id, "Excess stock",
        "Months of stock above the excess limit (default 18).", Severity.Warning, Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<StockPosition>(p => p.MonthsOfStock is not null)
        .Join<ThresholdSet>().All()
        .Where((p, t) => p.MonthsOfStock > t.ExcessMonths)
        .Then((ctx, p, thresholds) => ctx.Flag(thresholds).For(p.Line.Key).In(p.Line.Period)
            .Evidence("closing", p.Line.Closing)
            .Evidence("avg_monthly_use", p.AvgMonthlyUse)
            .Evidence("average_from", p.AverageSource)
            .Evidence("months_of_stock", p.MonthsOfStock)
            .Evidence("requested", p.Line.Requested)
            .Threshold(ThresholdNames.ExcessMonths)
            .Raise($"Stock of {p.Line.Closing} lasts {Fmt.Months(p.MonthsOfStock!.Value)} months at {Fmt.N(p.AvgMonthlyUse)} a month, " +
                   $"above the {Fmt.N(thresholds.ExcessMonths)}-month limit."));
}
