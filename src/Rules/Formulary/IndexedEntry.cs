using Requisition.Rules.Facts;

namespace Requisition.Rules.Formulary;

/// <summary>A FORNAS row read once for matching: its keys, form families and strengths.</summary>
internal sealed class IndexedEntry
{
    private static readonly string[] ClassWords = ["vaksin", "serum"];

    public IndexedEntry(FornasEntry entry)
    {
        Entry = entry;
        Name = DrugTextParser.Parse(entry.Name);
        Families = FormVocabulary.FamiliesOf(entry.Form);
        Stated = StrengthParser.FromFornas(entry.Strength, entry.Unit);
        // Combinations state each ingredient in komposisi ("lidokain 2 %, epinefrin 1:80.000").
        if (StrengthParser.FromText(entry.Composition) is { } composed && composed.Components.All(c => !c.IsUnitless))
            Composed = composed;
        GramReading = ReadAsGrams(Stated, Families);
        Keys = BuildKeys(Name, DrugTextParser.Parse(entry.InternationalName));
        ProductKey = string.Join('|', entry.Id, string.Join(',', Families), entry.Strength.Trim().ToUpperInvariant(), entry.Unit.Trim().ToUpperInvariant());
        Description = string.Join(' ', new[] { entry.Name, entry.Form, entry.Strength, entry.Unit }
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.Equals("N/A", StringComparison.OrdinalIgnoreCase)));
    }

    public FornasEntry Entry { get; }

    public ParsedDrug Name { get; }

    /// <summary>Empty when the row names no form ("N/A", packages): it then fits any form.</summary>
    public IReadOnlyList<FormFamily> Families { get; }

    /// <summary>The strength of kekuatan + satuan; null for "N/A", ranges and packages.</summary>
    public Strength? Stated { get; }

    /// <summary>The amounts of komposisi, for combinations; null when it states none.</summary>
    public Strength? Composed { get; }

    /// <summary>
    /// The e-Fornas export stores some gram strengths of injections as "1 MILIGRAM" (ampisilin,
    /// seftriakson, kloramfenikol 1 g vials) or "1.2 MILIGRAM" (amoksisilin + klavulanat 1.2 g):
    /// for an injection stated as 2 mg or less, the same number in grams.
    /// </summary>
    public Strength? GramReading { get; }

    /// <summary>Keys of the Indonesian name (tier 0..2) and of the international name (tier 1..2).</summary>
    public IReadOnlyList<NameKey> Keys { get; }

    /// <summary>Rows with the same id, form and strength are one product listed twice (a known defect of the export).</summary>
    public string ProductKey { get; }

    /// <summary>The row as a pharmacist reads it: "amoksisilin TABLET 500 MILIGRAM".</summary>
    public string Description { get; }

    public bool FitsForm(FormFamily family) => Families.Count == 0 || Families.Contains(family);

    private static Strength? ReadAsGrams(Strength? stated, IReadOnlyList<FormFamily> families)
    {
        if (stated is not { Components: [var only] } || !families.Contains(FormFamily.Injection)) return null;
        return only is { Unit: "mg", Per: null, Amount: > 0 and <= 2m } ? new Strength([only.AsGrams()]) : null;
    }

    private static IReadOnlyList<NameKey> BuildKeys(ParsedDrug name, ParsedDrug international)
    {
        var keys = name.Keys().ToList();
        // "vaksin jerap difteri tetanus (DT)" is also "vaksin DT".
        if (name.Head.Components is [{ Alternatives: [[var first, ..]] }] && ClassWords.Contains(first.Key))
        {
            foreach (var alias in name.Aliases.Where(a => a.Components is [{ Alternatives.Count: 1 }]))
            {
                var words = alias.Components[0].Alternatives[0];
                if (words[0].Key == first.Key) continue;
                var prefixed = new DrugName([new NameComponent([[first, .. words]])]);
                if (keys.All(k => k.Key != prefixed.Key)) keys.Add(new NameKey(prefixed.Key, 1, prefixed));
            }
        }
        foreach (var key in international.Keys())
            if (keys.All(k => k.Key != key.Key)) keys.Add(key with { Tier = Math.Max(1, key.Tier) });
        return keys;
    }
}
