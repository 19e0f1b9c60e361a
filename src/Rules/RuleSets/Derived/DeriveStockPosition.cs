using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>An LPLPO line's stock position, with the average monthly use from the item's history.</summary>
public sealed class DeriveStockPosition : DerivationRule
{
    public override RuleInfo Info { get; } = Derivation("DERIVE_STOCK_POSITION",
        "Months of stock, stock-outs and default request of an LPLPO line, using the history's average monthly use.",
        Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<LplpoLine>()
        .Join<UsageProfile>().On(l => l.Key, p => p.Key)
        .Join<ThresholdSet>().All()
        .Then((ctx, line, profile, thresholds) => ctx.InsertLinked(Position(line, profile, thresholds)));

    /// <summary>The position of a line; <paramref name="profile"/> null means no history (the period's own use stands in).</summary>
    public static StockPosition Position(LplpoLine line, UsageProfile? profile, ThresholdSet thresholds)
    {
        var fromHistory = profile is not null && profile.MonthsCounted > 0;
        var average = fromHistory ? profile!.AvgMonthlyUse : line.Used;
        var optimum = line.Optimum ?? LplpoArithmetic.Optimum(average, thresholds.PeriodMonths, thresholds.LeadTimeMonths, thresholds.SafetyMonths);
        var stockoutDays = profile is not null && profile.Months.TryGetValue(line.Period, out var same) ? same.StockoutDays : 0;
        return new StockPosition(
            line,
            average,
            fromHistory ? "history" : "period",
            MonthsOfStock.Compute(line.Closing, average),
            stockoutDays,
            MonthsWithoutUse(line, profile),
            optimum,
            LplpoArithmetic.DefaultRequest(optimum, line.Closing));
    }

    private static int MonthsWithoutUse(LplpoLine line, UsageProfile? profile)
    {
        if (line.Used > 0) return 0;
        var months = 1;
        if (profile is null) return months;
        for (var period = line.Period.AddMonths(-1); profile.Months.TryGetValue(period, out var month) && month.Used == 0; period = period.AddMonths(-1))
            months++;
        return months;
    }
}
