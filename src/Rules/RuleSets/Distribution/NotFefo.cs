using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Derived;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Distribution;

/// <summary>
/// An issue note that ships a batch while a batch of the same item expiring earlier still has stock after this note's
/// own picks: first expired, first out was not followed. Only an earlier batch that could itself be shipped in its place
/// counts: one already expired, or inside the near-expiry error window (default 3 months), must not leave the warehouse
/// at all, and one of another funding source (sumber dana) is not interchangeable: the reviewer decided how much each
/// source gives, and FEFO holds within each.
/// </summary>
public sealed class NotFefo : FlagRule
{
    public const string Id = "NOT_FEFO";

    public override RuleInfo Info { get; } = Describe(Id, "Not FEFO",
        "Batches are picked first expired, first out.", Severity.Warning, Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Match<ShipmentPick>()
        .Join<BatchQueue>().On(p => p.Source, q => q.Key)
        .Join<EvaluationDate>().All()
        .Join<ThresholdSet>().All()
        .Where((pick, queue, date, thresholds) => FindSkip(pick, queue, date.Today, thresholds.NearExpiryErrorMonths) is not null)
        .Then((ctx, pick, queue, date, thresholds) =>
        {
            var (shipped, skipped, left) = FindSkip(pick, queue, date.Today, thresholds.NearExpiryErrorMonths)!.Value;
            ctx.Flag(thresholds).For(pick.Source).About(pick.Document)
                .Evidence("document", pick.Document)
                .Evidence("shipped_batch", shipped.Batch).Evidence("shipped_expiry", shipped.Expiry)
                .Evidence("earlier_batch", skipped.Batch).Evidence("earlier_expiry", skipped.Expiry)
                .Evidence("earlier_left", left)
            .Threshold(ThresholdNames.NearExpiryErrorMonths)
                .Raise($"{pick.Document} ships batch {shipped.Batch} (expires {shipped.Expiry:yyyy-MM-dd}) while batch " +
                       $"{skipped.Batch} (expires {skipped.Expiry:yyyy-MM-dd}) still has {left} units.");
        });

    /// <summary>The first shipped batch that jumps an earlier-expiring batch with stock left, or null when FEFO holds.</summary>
    public static (BatchStock Shipped, BatchStock Skipped, long Left)? FindSkip(ShipmentPick pick, BatchQueue queue, DateOnly today, int errorMonths)
    {
        var shippableAfter = today.AddMonths(errorMonths);
        var left = queue.Batches.ToDictionary(b => b.Batch, b => b.Quantity, StringComparer.Ordinal);
        foreach (var line in pick.Lines)
            if (left.ContainsKey(line.Batch)) left[line.Batch] -= line.Quantity;
        foreach (var line in pick.Lines)
        {
            var shipped = queue.Batches.FirstOrDefault(b => b.Batch == line.Batch);
            if (shipped is null) continue;
            foreach (var earlier in queue.Batches)
            {
                if (earlier.Expiry >= shipped.Expiry) break;
                if (earlier.Expiry <= shippableAfter) continue; // expired or too close to expiry: it must not ship at all
                if (!string.Equals(earlier.FundSource, shipped.FundSource, StringComparison.OrdinalIgnoreCase)) continue;
                if (left[earlier.Batch] > 0) return (shipped, earlier, left[earlier.Batch]);
            }
        }
        return null;
    }
}
