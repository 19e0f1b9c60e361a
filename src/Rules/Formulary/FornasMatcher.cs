using Requisition.Rules.Facts;

namespace Requisition.Rules.Formulary;

/// <summary>
/// Matches catalog items to FORNAS rows by normalised ingredient(s), form family and strength.
/// A confirmed mapping (the item's <c>fornas_id</c>) wins over matching. Rows are indexed by
/// ingredient once, so matching a formulary of 300 items looks each up instead of scanning the list;
/// only a name that is not found is compared word by word and letter by letter, and that never
/// gives more than candidates for a person to confirm. Results are deterministic.
/// </summary>
public sealed class FornasMatcher
{
    private readonly FornasIndex _index;
    private readonly Dictionary<string, List<IndexedEntry>> _byId = new(StringComparer.OrdinalIgnoreCase);

    public FornasMatcher(IEnumerable<FornasEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var indexed = entries.Select(e => new IndexedEntry(e)).ToList();
        _index = new FornasIndex(indexed);
        foreach (var entry in indexed)
        {
            if (!_byId.TryGetValue(entry.Entry.Id.Trim(), out var rows)) _byId[entry.Entry.Id.Trim()] = rows = [];
            rows.Add(entry);
        }
    }

    public FornasMatch Match(ItemDescription item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var drug = DrugTextParser.Parse(item.Name, item.Form, DrugSignature.Combine(item.Strength, item.Unit));
        var signature = DrugSignature.Of(drug);
        if (!string.IsNullOrWhiteSpace(item.ConfirmedFornasId)) return Confirmed(item, drug, signature, item.ConfirmedFornasId.Trim());
        return Automatic(item, drug, signature);
    }

    private FornasMatch Automatic(ItemDescription item, ParsedDrug drug, string signature)
    {
        var notes = new List<string>();
        var decider = new MatchDecider(item, drug, signature, notes);
        if (drug.Name.IsEmpty) return decider.Unmatched($"no drug name could be read from '{item.Name}'", []);

        var hits = _index.Find(drug.Keys());
        var knownBrands = drug.Brands.Where(b => _index.Find(KeysOf(b)).Count > 0).ToList();
        if (hits.Count > 0 && knownBrands.Count > 0)
            return Alternatives(decider, drug, [drug.Name, .. knownBrands]);
        notes.AddRange(drug.Brands.Except(knownBrands).Select(b => $"'{b.Display}' after '/' read as a brand name and ignored"));
        if (hits.Count > 0) return decider.Decide(hits);

        if (drug.Name.Components is [{ Alternatives.Count: > 1 } group])
        {
            var names = group.Alternatives.Select(a => new DrugName([new NameComponent([a])])).ToList();
            var known = names.Where(n => _index.Find(KeysOf(n)).Count > 0).ToList();
            if (known.Count > 1) return Alternatives(decider, drug, known);
            if (known.Count == 1)
            {
                notes.AddRange(names.Except(known).Select(n => $"'{n.Display}' after '/' is not on FORNAS and was read as a brand name"));
                return decider.Decide(_index.Find(KeysOf(known[0])));
            }
        }
        return NotFound(decider, drug);
    }

    /// <summary>"Albendazol /Pirantel Pamoat", "Amlodipin/Kaptopril": two drugs, so the list must say which.</summary>
    private FornasMatch Alternatives(MatchDecider decider, ParsedDrug drug, IReadOnlyList<DrugName> names)
    {
        var rows = names.SelectMany(n => _index.Find(KeysOf(n))).Select(h => h.Entry).Distinct();
        var listed = string.Join(", ", names.Select(n => $"'{n.Display}'"));
        return decider.Candidates(rows, 0.5,
            $"the name gives {names.Count} FORNAS drugs ({listed}) as alternatives, not one product",
            "confirm which one the item is", formMustFit: false);
    }

    /// <summary>Not a FORNAS name: FORNAS names holding all its words, or spelled within a few letters, are candidates only.</summary>
    private FornasMatch NotFound(MatchDecider decider, ParsedDrug drug)
    {
        var ingredient = MatchReasons.Ingredient(drug);
        var containing = _index.Containing(drug.Name);
        if (containing.Count > 0)
            return decider.Candidates(containing, 0.4, $"'{ingredient}' is not a FORNAS name but FORNAS names contain it", "confirm one", formMustFit: true);
        var alike = _index.SpelledAlike(drug.Name.Key);
        if (alike.Count > 0)
            return decider.Candidates(alike, 0.4, $"'{ingredient}' is not a FORNAS name but is spelled like", "confirm one or correct the name", formMustFit: true);
        return decider.Unmatched($"no FORNAS row has the ingredient '{ingredient}'", []);
    }

    /// <summary>
    /// The person's mapping stands. When the id has several rows (forms, strengths), the one the item's
    /// form and strength fit is reported; otherwise the first.
    /// </summary>
    private FornasMatch Confirmed(ItemDescription item, ParsedDrug drug, string signature, string id)
    {
        if (!_byId.TryGetValue(id, out var rows))
        {
            var automatic = Automatic(item, drug, signature);
            return automatic with
            {
                Entry = null,
                Confidence = 0,
                Outcome = MatchOutcome.Unmatched,
                Reason = $"the confirmed FORNAS id '{id}' is not in the loaded FORNAS list; automatic matching says: {automatic.Reason}",
            };
        }
        var hits = rows.Select(r => new KeyHit(r, new NameKey(id, 0, drug.Name), new NameKey(id, 0, drug.Name), 0)).ToList();
        var decided = new MatchDecider(item, drug, signature, []).Decide(hits);
        var products = Product.Group(rows);
        var chosen = decided.Entry ?? products[0].Chosen.Entry;
        var row = rows.First(r => r.Entry == chosen);
        var which = products.Count == 1 ? ""
            : decided.Entry is null ? $"; the id has {products.Count} products and the item's form and strength do not single one out, the first is shown"
            : $"; of the id's {products.Count} products this one fits the item's form and strength";
        return new FornasMatch(item, chosen, 1.0, MatchOutcome.Confirmed,
            $"confirmed mapping to FORNAS id {id}: {MatchReasons.Row(row)}{which}.",
            products.Select(p => p.Chosen.Entry).ToList(), signature);
    }

    private static IReadOnlyList<NameKey> KeysOf(DrugName name) =>
        new ParsedDrug(name, DrugName.Empty, [], [], FormFamily.Unknown, null).Keys();
}
