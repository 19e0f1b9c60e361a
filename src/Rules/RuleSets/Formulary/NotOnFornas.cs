using Requisition.Rules.Engine.Dsl;
using Requisition.Rules.Engine.Model;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Flags;
using Requisition.Rules.Thresholds;

namespace Requisition.Rules.RuleSets.Formulary;

/// <summary>An item that is not on FORNAS, or is on it but not for primary care (FKTP).</summary>
public sealed class NotOnFornas : FlagRule
{
    public const string Id = "NOT_ON_FORNAS";

    public override RuleInfo Info { get; } = Describe(Id, "Not on FORNAS for FKTP",
        "Every formulary item should be on the national formulary for primary care (standard: 100 % conformity).",
        Severity.Warning, Steps.Formulary, Steps.Rko, Steps.Lplpo);

    public override void Define(RuleBuilder rule) => rule
        .Match<CatalogItem>()
        .Join<ReferenceStatus>().On(i => i.Key, s => s.Key)
        .Where((_, s) => s.Fornas is null || !s.Fornas.Fktp)
        .Join<ThresholdSet>().All()
        .Then((ctx, item, status, thresholds) =>
        {
            var draft = ctx.Flag(thresholds).For(item.Key)
                .Evidence("name", item.Name)
                .Evidence("finding", status.Fornas is null ? "absent" : "not-for-fktp")
                .Evidence("match_confidence", Math.Round(status.Confidence, 2))
                .Evidence("match_reason", status.Reason);
            if (status.Fornas is null)
            {
                draft.Raise($"{item.Name} is not on FORNAS: {status.Reason}");
                return;
            }
            draft.Evidence("fornas_id", status.Fornas.Id)
                .Evidence("fornas_name", $"{status.Fornas.Name} {status.Fornas.Form} {status.Fornas.Strength} {status.Fornas.Unit}".Trim())
                .Raise($"{item.Name} is on FORNAS ({status.Fornas.Name} {status.Fornas.Form}) but not for primary care (FKTP).");
        });
}
