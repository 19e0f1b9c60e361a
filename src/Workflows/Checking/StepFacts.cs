using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.DataFiles;

namespace Requisition.Workflows.Checking;

/// <summary>The facts a step's rule set is given, from the files of a data folder.</summary>
public static class StepFacts
{
    /// <summary>
    /// Everything in <paramref name="data"/> as facts, with the catalog narrowed to the items the step's
    /// documents name (the LPLPO's lines at lplpo and ifk-review, the RKO's at rko), so an LPLPO check
    /// speaks of the LPLPO's items; with no such document, or at the formulary step, the whole catalog.
    /// </summary>
    public static IReadOnlyList<object> Build(CheckData data, IReadOnlyList<FornasEntry> fornas, string step)
    {
        var items = ItemsInScope(data, step);
        var facts = new List<object>(items.Count * 2 + data.History.Count + data.Lplpo.Count + data.Batches.Count);
        facts.AddRange(items);
        facts.AddRange(ReferenceMatching.Statuses(items, fornas, data.Doen));
        facts.AddRange(data.History);
        facts.AddRange(data.Lplpo);
        facts.AddRange(data.LplpoDocuments);
        facts.AddRange(data.Batches);
        facts.AddRange(data.Rko);
        facts.AddRange(data.Shipments);
        facts.AddRange(data.Receipts);
        facts.AddRange(data.Budgets);
        return facts;
    }

    public static IReadOnlyList<CatalogItem> ItemsInScope(CheckData data, string step)
    {
        HashSet<ItemKey>? named = step switch
        {
            Steps.Lplpo or Steps.IfkReview when data.Lplpo.Count > 0 => data.Lplpo.Select(l => l.Key).ToHashSet(),
            Steps.Rko when data.Rko.Count > 0 => data.Rko.Select(r => r.Key).ToHashSet(),
            _ => null,
        };
        return named is null ? data.Formulary : data.Formulary.Where(i => named.Contains(i.Key)).ToList();
    }
}
