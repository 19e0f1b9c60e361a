using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>Stock that will not last the out-of-stock limit (default under 1 month of use), but is not yet zero.</summary>
public sealed class ShortStock : FlagRule
{
    public const string Id = "SHORT_STOCK";

    public override RuleInfo Info { get; } = Describe(Id, "Short stock",
        "Months of stock above 0 but under the out-of-stock limit (default 1 month).", Severity.Warning, Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<StockPosition>(p => p.MonthsOfStock > 0)
        .Join<ThresholdSet>().All()
        .Where((p, t) => p.MonthsOfStock < t.OutBelowMonths)
        .Then((ctx, p, thresholds) => ctx.Flag(thresholds).For(p.Line.Key).In(p.Line.Period)
            .Evidence("closing", p.Line.Closing)
            .Evidence("avg_monthly_use", p.AvgMonthlyUse)
            .Evidence("average_from", p.AverageSource)
            .Evidence("months_of_stock", p.MonthsOfStock)
            .Threshold(ThresholdNames.OutBelowMonths)
            .Raise($"Stock of {p.Line.Closing} lasts {Fmt.Months(p.MonthsOfStock!.Value)} months at {Fmt.N(p.AvgMonthlyUse)} a month, " +
                   $"under {Fmt.N(thresholds.OutBelowMonths)} month(s)."));
}
