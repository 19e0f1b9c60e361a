using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>An item out of stock: closing stock 0, or days without stock in the period (kekosongan).</summary>
public sealed class StockOut : FlagRule
{
    public const string Id = "STOCK_OUT";

    public override RuleInfo Info { get; } = Describe(Id, "Stock-out",
        "An item ran out: closing stock 0 or stock-out days in the period.", Severity.Warning, Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<StockPosition>(p => p.Line.Closing == 0 || p.StockoutDays > 0)
        .Join<ThresholdSet>().All()
        .Then((ctx, p, thresholds) => ctx.Flag(thresholds).For(p.Line.Key).In(p.Line.Period)
            .Evidence("closing", p.Line.Closing)
            .Evidence("stockout_days", p.StockoutDays)
            .Raise(p.Line.Closing == 0
                ? $"Out of stock at the end of {p.Line.Period} (closing stock 0{(p.StockoutDays > 0 ? $", {p.StockoutDays} days without stock" : "")})."
                : $"{p.StockoutDays} days without stock in {p.Line.Period}."));
}
