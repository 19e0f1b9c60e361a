using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Planning;

/// <summary>
/// A request (permintaan) far from the default request, max(0, stok optimum - sisa stok): by more than
/// the request-deviation limit (default 20 %). A request where the default is 0 always deviates.
/// </summary>
public sealed class RequestDeviation : FlagRule
{
    public const string Id = "REQUEST_DEVIATION";

    public override RuleInfo Info { get; } = Describe(Id, "Request deviates",
        "Requested differs from the default request (optimum - closing) by more than 20 %.",
        Severity.Warning, Steps.Lplpo, Steps.IfkReview);

    public override void Define(RuleBuilder rule) => rule
        .Match<StockPosition>(p => p.Line.Requested != p.DefaultRequest)
        .Join<ThresholdSet>().All()
        .Where((p, t) => DeviationPct(p) is not { } d || d > t.RequestDeviationPct)
        .Then((ctx, p, thresholds) =>
        {
            var deviation = DeviationPct(p);
            ctx.Flag(thresholds).For(p.Line.Key).In(p.Line.Period)
                .Evidence("requested", p.Line.Requested)
                .Evidence("default_request", p.DefaultRequest)
                .Evidence("optimum", p.Optimum)
                .Evidence("closing", p.Line.Closing)
                .Evidence("avg_monthly_use", p.AvgMonthlyUse)
                .Evidence("deviation_pct", deviation)
                .Threshold(ThresholdNames.RequestDeviationPct)
                .Raise(deviation is { } d
                    ? $"Requested {p.Line.Requested}, default {p.DefaultRequest} (optimum {p.Optimum} - closing {p.Line.Closing}): " +
                      $"{Fmt.N(d)} % apart, over {Fmt.N(thresholds.RequestDeviationPct)} %."
                    : $"Requested {p.Line.Requested} where stock already covers the optimum {p.Optimum} (closing {p.Line.Closing}).");
        });

    /// <summary>|requested - default| / default x 100; null when the default is 0 (no request was due).</summary>
    public static decimal? DeviationPct(StockPosition p) =>
        p.DefaultRequest > 0 ? Math.Abs(p.Line.Requested - p.DefaultRequest) * 100m / p.DefaultRequest : null;
}
