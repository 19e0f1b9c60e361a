using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Stock;

/// <summary>
/// A batch with stock that expires soon: an error inside the first window (default 3 months), a warning
/// inside the second (6), for information inside the third (12). Windows count from the as-of date.
/// </summary>
public sealed class NearExpiry : FlagRule
{
    public const string Id = "NEAR_EXPIRY";

    public override RuleInfo Info { get; } = Describe(Id, "Near expiry",
        "Batches with stock inside 3 / 6 / 12 months of their expiry date.",
        Severity.Warning, Steps.Lplpo, Steps.IfkReview, Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Match<BatchStock>(b => b.Quantity > 0)
        .Join<EvaluationDate>().All()
        .Where((b, d) => b.Expiry >= d.Today)
        .Join<ThresholdSet>().All()
        .Where((b, d, t) => b.Expiry <= d.Today.AddMonths(t.NearExpiryInfoMonths))
        .Then((ctx, batch, date, thresholds) =>
        {
            var (severity, window) = Tier(batch.Expiry, date.Today, thresholds);
            var days = batch.Expiry.DayNumber - date.Today.DayNumber;
            ctx.Flag(thresholds).For(batch.Key).About(batch.Batch).WithSeverity(severity)
                .Evidence("batch", batch.Batch)
                .Evidence("expiry", batch.Expiry)
                .Evidence("quantity", batch.Quantity)
                .Evidence("days_to_expiry", days)
                .Evidence("as_of", date.Today)
                .Evidence("window_months", window)
                .Threshold(window == thresholds.NearExpiryErrorMonths ? ThresholdNames.NearExpiryErrorMonths
                    : window == thresholds.NearExpiryWarningMonths ? ThresholdNames.NearExpiryWarningMonths
                    : ThresholdNames.NearExpiryInfoMonths)
                .Raise($"Batch {batch.Batch} ({batch.Quantity} units) expires {batch.Expiry:yyyy-MM-dd}, in {days} days: " +
                       $"inside the {window}-month window.");
        });

    public static (Severity Severity, int WindowMonths) Tier(DateOnly expiry, DateOnly today, ThresholdSet t)
    {
        if (expiry <= today.AddMonths(t.NearExpiryErrorMonths)) return (Severity.Error, t.NearExpiryErrorMonths);
        if (expiry <= today.AddMonths(t.NearExpiryWarningMonths)) return (Severity.Warning, t.NearExpiryWarningMonths);
        return (Severity.Info, t.NearExpiryInfoMonths);
    }
}
