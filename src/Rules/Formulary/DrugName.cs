namespace Requisition.Rules.Formulary;

/// <summary>The ingredient(s) of a drug as a name: one component, or several for a combination.</summary>
internal sealed record DrugName(IReadOnlyList<NameComponent> Components)
{
    public static readonly DrugName Empty = new([]);

    public bool IsEmpty => Components.Count == 0;

    /// <summary>
    /// The ingredient key: components sorted and joined by '+', so ingredient order does not matter;
    /// a combination that is a single FORNAS drug (sulfametoksazol + trimetoprim) takes that drug's key.
    /// </summary>
    public string Key
    {
        get
        {
            var key = string.Join('+', Components.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal));
            return NameVocabulary.CombinationSynonyms.GetValueOrDefault(key, key);
        }
    }

    public string Display => string.Join(" + ", Components.Select(c => c.Display));

    public IEnumerable<string> Words => Components.SelectMany(c => c.Alternatives).SelectMany(a => a).Select(w => w.Key);

    /// <summary>The name without salts and qualifiers ("atropin sulfat" → "atropin"), or null when nothing changes.</summary>
    public DrugName? Stripped()
    {
        var changed = false;
        var components = Components.Select(c =>
        {
            var stripped = c.Stripped();
            changed |= stripped is not null;
            return stripped ?? c;
        }).ToList();
        return changed ? new DrugName(components) : null;
    }
}
