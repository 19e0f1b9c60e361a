namespace Requisition.Rules.Formulary;

/// <summary>
/// Decides among the FORNAS rows found under an item's ingredient key: keeps the rows of the item's
/// form family, then those its strength fits best, and matches when one product is left. Every way
/// of not matching says what FORNAS does list instead.
/// </summary>
internal sealed class MatchDecider(ItemDescription item, ParsedDrug drug, string signature, IReadOnlyList<string> notes)
{
    // A match starts just below a confirmed mapping (1.0) and loses a little for each thing it had to
    // assume; the worst combination still stays at 0.80, the floor of a match.
    private const double Best = 0.97;
    private const double NameNotAsWritten = 0.03;
    private const double FormNotStated = 0.05;
    private const double StrengthNotStated = 0.07;
    private const double StrengthNotExact = 0.05;
    private const double RowWithoutForm = 0.02;

    // Below the floor: what a person is asked to confirm.
    private const double NearForm = 0.6;
    private const double Several = 0.5;
    private const double Absent = 0.2;

    public FornasMatch Decide(IReadOnlyList<KeyHit> hits)
    {
        var entries = hits.Select(h => h.Entry).ToList();
        var formStated = drug.Family != FormFamily.Unknown;
        var pool = formStated ? entries.Where(e => e.FitsForm(drug.Family)).ToList() : entries;
        if (pool.Count == 0) return WrongForm(entries);

        if (drug.Strength is not { } strength)
        {
            var products = Product.Group(pool);
            return products.Count == 1
                ? Matched(products[0], hits, StrengthFit.Exact,
                    formStated ? "strength not stated; FORNAS lists only this one" : "form and strength not stated; FORNAS lists only this one")
                : Ambiguous(products, Several, $"{MatchReasons.Item(drug)}: FORNAS has {products.Count} products", "state the strength or confirm one");
        }

        var fits = pool.Select(e => (Entry: e, Fit: StrengthComparer.Fit(strength, e))).Where(f => f.Fit != StrengthFit.Mismatch).ToList();
        if (fits.Count == 0) return WrongStrength(pool, strength);
        var best = fits.Min(f => Rank(f.Fit));
        var kept = fits.Where(f => Rank(f.Fit) == best).ToList();
        var fitting = Product.Group(kept.Select(f => f.Entry));
        if (fitting.Count > 1)
            return Ambiguous(fitting, Several, $"{MatchReasons.Item(drug)} fit {fitting.Count} FORNAS products", "confirm one");
        var fit = kept.First(f => fitting[0].Rows.Contains(f.Entry)).Fit;
        var formNote = formStated ? null : $"form not stated; only {fitting[0].Chosen.Entry.Form} has this strength";
        return Matched(fitting[0], hits, fit, formNote);
    }

    /// <summary>
    /// Candidates from outside the normal path (alternatives, names containing the item's words, near
    /// spellings), narrowed to the item's form when any has it. When none has it and
    /// <paramref name="formMustFit"/>, the guess was wrong: no match, the rows shown as nearest.
    /// </summary>
    public FornasMatch Candidates(IEnumerable<IndexedEntry> rows, double confidence, string why, string ask, bool formMustFit)
    {
        var pool = rows.ToList();
        if (drug.Family != FormFamily.Unknown)
        {
            var fitting = pool.Where(e => e.FitsForm(drug.Family)).ToList();
            if (fitting.Count > 0) pool = fitting;
            else if (formMustFit)
                return Unmatched($"{why}, none as {MatchReasons.Form(drug.Family)}: {MatchReasons.Rows(Product.Group(pool))}", pool);
        }
        return Ambiguous(Product.Group(pool), confidence, why, ask);
    }

    public FornasMatch Unmatched(string why, IEnumerable<IndexedEntry> nearest, double confidence = 0) =>
        new(item, null, confidence, MatchOutcome.Unmatched, MatchReasons.Sentence(why, notes),
            Product.Group(nearest).Take(20).Select(p => p.Chosen.Entry).ToList(), signature);

    private FornasMatch Matched(Product product, IReadOnlyList<KeyHit> hits, StrengthFit fit, string? situation)
    {
        var chosen = product.Chosen;
        var hit = hits.FirstOrDefault(h => product.Rows.Contains(h.Entry)) ?? hits[0];
        var confidence = Best
            - (hit.Distance > 0 ? NameNotAsWritten : 0)
            - (drug.Family == FormFamily.Unknown ? FormNotStated : 0)
            - (drug.Strength is null ? StrengthNotStated : 0)
            - (fit is StrengthFit.Exact or StrengthFit.ByTotal ? 0 : StrengthNotExact)
            - (chosen.Families.Count == 0 && drug.Family != FormFamily.Unknown ? RowWithoutForm : 0);
        var reasonNotes = new List<string?>
        {
            NameNote(hit), situation, StrengthNote(fit, chosen),
            chosen.Families.Count == 0 ? "FORNAS states no form for this row" : null,
            MatchReasons.Duplicates(product),
            chosen.Entry.Fktp ? null : "FORNAS marks it not for primary care (fpktp = Tidak)",
        };
        reasonNotes.AddRange(notes);
        var reason = MatchReasons.Sentence($"{MatchReasons.Item(drug)} match FORNAS {MatchReasons.Row(chosen)}", reasonNotes);
        return new FornasMatch(item, chosen.Entry, Math.Max(0.8, Math.Round(confidence, 2)), MatchOutcome.Matched, reason,
            product.Rows.Select(r => r.Entry).ToList(), signature);
    }

    private FornasMatch Ambiguous(IReadOnlyList<Product> products, double confidence, string why, string ask) =>
        new(item, null, confidence, MatchOutcome.Ambiguous,
            MatchReasons.Sentence($"{why}: {MatchReasons.Rows(products)}; {ask}", notes),
            products.Take(20).Select(p => p.Chosen.Entry).ToList(), signature);

    /// <summary>FORNAS has the drug, not in this form: a near form with the same strength is worth asking about.</summary>
    private FornasMatch WrongForm(IReadOnlyList<IndexedEntry> entries)
    {
        var near = entries.Where(e => e.Families.Any(f => FormFamilies.AreNear(f, drug.Family))).ToList();
        if (drug.Strength is { } strength)
            near = near.Where(e => Rank(StrengthComparer.Fit(strength, e)) <= Rank(StrengthFit.Loose)).ToList();
        var ingredient = MatchReasons.Ingredient(drug);
        if (near.Count > 0)
            return Ambiguous(Product.Group(near), drug.Strength is null ? Several : NearForm,
                $"{MatchReasons.Item(drug)}: FORNAS has {ingredient}{(drug.Strength is null ? "" : " in this strength")} only as another form",
                "confirm it is the same product");
        var all = Product.Group(entries);
        return Unmatched($"FORNAS has {ingredient} only as {MatchReasons.Forms(all)}, not as {MatchReasons.Form(drug.Family)}", entries, Absent);
    }

    /// <summary>FORNAS has the drug in this form, not in this strength (or, for "100.000/200.000 IU", in each of several).</summary>
    private FornasMatch WrongStrength(IReadOnlyList<IndexedEntry> pool, Strength strength)
    {
        if (strength.Components.Count > 1 && drug.Name.Components.Count == 1)
        {
            var each = strength.Components
                .SelectMany(c => pool.Where(e => Rank(StrengthComparer.Fit(new Strength([c]), e)) <= Rank(StrengthFit.Loose)))
                .Distinct().ToList();
            if (each.Count > 0)
                return Ambiguous(Product.Group(each), Several,
                    $"{MatchReasons.Item(drug)}: the strengths read as alternatives fit several FORNAS products", "confirm one");
        }
        var listed = Product.Group(pool);
        return Unmatched(
            $"FORNAS has {MatchReasons.Ingredient(drug)} {MatchReasons.Form(drug.Family)} only as {MatchReasons.Forms(listed)}, not {strength.Display}",
            pool, Absent);
    }

    private static string? NameNote(KeyHit hit)
    {
        if (hit.ItemKey.Tier == 1) return $"found through the other name '{hit.ItemKey.Name.Display}'";
        if (hit.ItemKey.Tier == 2) return $"name compared as '{hit.ItemKey.Name.Display}', without salt or qualifier words";
        if (hit.EntryKey.Tier == 1) return $"found under FORNAS's other name '{hit.EntryKey.Name.Display}'";
        if (hit.EntryKey.Tier == 2) return "FORNAS adds a salt or qualifier to the name";
        return null;
    }

    private static string? StrengthNote(StrengthFit fit, IndexedEntry chosen) => fit switch
    {
        StrengthFit.ByTotal => $"the strength is the total of FORNAS '{chosen.Entry.Strength} {chosen.Entry.Unit}'",
        StrengthFit.AsGrams => $"FORNAS states '{chosen.Entry.Strength} {chosen.Entry.Unit}', read as grams (a known defect of the e-Fornas export)",
        StrengthFit.Loose => $"FORNAS states '{chosen.Entry.Strength} {chosen.Entry.Unit}': the same amount, with a different denominator or unit",
        StrengthFit.NotStated => "FORNAS states no strength for this row",
        _ => null,
    };

    /// <summary>Exact and total fits are equally good; a gram reading comes next, then a loose fit, then none stated.</summary>
    private static int Rank(StrengthFit fit) => fit switch
    {
        StrengthFit.Exact or StrengthFit.ByTotal => 0,
        StrengthFit.AsGrams => 1,
        StrengthFit.Loose => 2,
        StrengthFit.NotStated => 3,
        _ => 4,
    };
}
