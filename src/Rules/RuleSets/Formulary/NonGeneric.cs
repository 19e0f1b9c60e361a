using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Formulary;

/// <summary>A non-generic (branded) item at a puskesmas, where generics are the rule.</summary>
public sealed class NonGeneric : FlagRule
{
    public const string Id = "NON_GENERIC";

    public override RuleInfo Info { get; } = Describe(Id, "Non-generic item",
        "A puskesmas formulary holds generics only.", Severity.Warning, Steps.Formulary, Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<CatalogItem>(i => !i.Generic)
        .Join<ThresholdSet>().All()
        .Then((ctx, item, thresholds) => ctx.Flag(thresholds).For(item.Key)
            .Evidence("name", item.Name)
            .Evidence("generic", false)
            .Raise($"{item.Name} is not a generic; a puskesmas formulary holds generics only."));
}
