using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Formulary;

/// <summary>The same drug (ingredients, form family, strength) listed under more than one code in one formulary.</summary>
public sealed class DuplicateItem : FlagRule
{
    public const string Id = "DUPLICATE_ITEM";

    public override RuleInfo Info { get; } = Describe(Id, "Duplicate item",
        "No drug appears twice in a formulary under different codes.", Severity.Warning, Steps.Formulary);

    public override void Define(RuleBuilder rule) => rule
        .Aggregate<ReferenceStatus, (FacilityId Facility, string Signature)>(s => (s.Key.Facility, s.Signature), s => s.Signature.Length > 0)
        .Where(g => g.Count > 1)
        .Join<ThresholdSet>().All()
        .Then((ctx, group, thresholds) =>
        {
            var codes = group.Items.Select(s => s.Key.DrugCode.Value).Order(StringComparer.Ordinal).ToList();
            foreach (var status in group.Items)
            {
                var others = codes.Where(c => c != status.Key.DrugCode.Value).ToList();
                ctx.Flag(thresholds).For(status.Key)
                    .Evidence("signature", group.Key.Signature)
                    .Evidence("same_as", string.Join(", ", others))
                    .Raise($"{status.Key.DrugCode} is the same drug ({group.Key.Signature}) as {string.Join(", ", others)}.");
            }
        });
}
