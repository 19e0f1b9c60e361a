using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Formulary;

/// <summary>An item that is not on the national essential medicines list (DOEN).</summary>
public sealed class NotOnDoen : FlagRule
{
    public const string Id = "NOT_ON_DOEN";

    public override RuleInfo Info { get; } = Describe(Id, "Not on DOEN",
        "Formulary items are chosen from DOEN (standard: 100 % conformity).",
        Severity.Warning, Steps.Formulary, Steps.Rko);

    public override void Define(RuleBuilder rule) => rule
        .Match<CatalogItem>()
        .Join<ReferenceStatus>().On(i => i.Key, s => s.Key)
        .Where((_, s) => !s.OnDoen)
        .Join<ThresholdSet>().All()
        .Then((ctx, item, status, thresholds) => ctx.Flag(thresholds).For(item.Key)
            .Evidence("name", item.Name)
            .Evidence("decided_by", status.DoenSource)
            .Evidence("fornas_id", status.Fornas?.Id)
            .Raise(status.DoenSource == "doen"
                ? $"{item.Name} is not on the loaded DOEN list."
                : $"{item.Name} is not marked essential (OEN) in FORNAS, which stands in for DOEN."));
}
