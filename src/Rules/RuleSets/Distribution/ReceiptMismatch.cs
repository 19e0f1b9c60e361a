using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Distribution;

/// <summary>
/// A received quantity that differs from the shipped one. Accepted + rejected must equal shipped, and a
/// rejected quantity needs a reason: an error otherwise. A shortfall that is accounted for stays a warning.
/// </summary>
public sealed class ReceiptMismatch : FlagRule
{
    public const string Id = "RECEIPT_MISMATCH";

    public override RuleInfo Info { get; } = Describe(Id, "Receipt differs from shipment",
        "Any difference between what was shipped and what was received.", Severity.Warning, Steps.Distribution);

    public override void Define(RuleBuilder rule) => rule
        .Match<Receipt>(r => r.Accepted != r.Shipped || r.Accepted + r.Rejected != r.Shipped)
        .Join<ThresholdSet>().All()
        .Then((ctx, receipt, thresholds) =>
        {
            var unaccounted = receipt.Shipped - receipt.Accepted - receipt.Rejected;
            var missingReason = receipt.Rejected > 0 && string.IsNullOrWhiteSpace(receipt.Reason);
            var draft = ctx.Flag(thresholds).For(receipt.Facility, receipt.DrugCode).About(receipt.Document)
                .WithSeverity(unaccounted != 0 || missingReason ? Severity.Error : Severity.Warning)
                .Evidence("document", receipt.Document)
                .Evidence("batch", receipt.Batch)
                .Evidence("shipped", receipt.Shipped)
                .Evidence("accepted", receipt.Accepted)
                .Evidence("rejected", receipt.Rejected)
                .Evidence("unaccounted", unaccounted)
                .Evidence("reason", receipt.Reason);
            if (unaccounted != 0)
                draft.Raise($"{receipt.Document}: shipped {receipt.Shipped}, accepted {receipt.Accepted} + rejected {receipt.Rejected}: " +
                            $"{unaccounted} units unaccounted for.");
            else if (missingReason)
                draft.Raise($"{receipt.Document}: {receipt.Rejected} of {receipt.Shipped} rejected without a reason.");
            else
                draft.Raise($"{receipt.Document}: accepted {receipt.Accepted} of {receipt.Shipped} shipped; rejected {receipt.Rejected}: {receipt.Reason}");
        });
}
