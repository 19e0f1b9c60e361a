using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>Sums up each item's stock history into its average monthly use and latest stock.</summary>
public sealed class DeriveUsageProfile : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_USAGE_PROFILE",
        "Average monthly use over the last 12 months of the stock history, adjusted for stock-out days.");

    public override void Define(RuleBuilder rule) => rule
        .Aggregate<StockMonth, ItemKey>(m => m.Key)
        .Then((ctx, history) => ctx.InsertLinked(Profile(history)));

    public static UsageProfile Profile(Group<ItemKey, StockMonth> history)
    {
        var months = new Dictionary<Period, StockMonth>(history.Count);
        foreach (var month in history.Items) months[month.Period] = month;
        var latest = months.Keys.Max();
        var window = months.Values.Where(m => m.Period > latest.AddMonths(-AverageMonthlyUse.WindowMonths)).ToList();
        var average = AverageMonthlyUse.OfStockCard(window);
        var counted = window.Count(m => AverageMonthlyUse.AdjustedUse(m.Used, m.Period.Days, m.StockoutDays) is not null);
        return new UsageProfile(history.Key, average, counted, latest, months[latest].Closing, window.Sum(m => m.Used), months);
    }
}
