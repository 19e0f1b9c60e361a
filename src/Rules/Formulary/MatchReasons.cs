namespace Requisition.Rules.Formulary;

/// <summary>The wording of match reasons: short clauses a pharmacist can check against the FORNAS list.</summary>
internal static class MatchReasons
{
    private const int Listed = 5;

    public static string Row(IndexedEntry e) => $"row {e.Entry.Row} '{e.Description}' (id {e.Entry.Id})";

    public static string Item(ParsedDrug drug) =>
        $"ingredient {Ingredient(drug)}, form {Form(drug.Family)}, strength {drug.Strength?.Display ?? "not stated"}";

    public static string Ingredient(ParsedDrug drug) => drug.Name.Display;

    public static string Form(FormFamily family) => family == FormFamily.Unknown ? "not stated" : FormFamilies.Label(family);

    /// <summary>"row 41 'amoksisilin SIRUP KERING 125 ...', row 42 '...'", at most five and a count of the rest.</summary>
    public static string Rows(IReadOnlyList<Product> products)
    {
        var shown = string.Join(", ", products.Take(Listed).Select(p => Row(p.Chosen)));
        return products.Count > Listed ? $"{shown} and {products.Count - Listed} more" : shown;
    }

    /// <summary>"TABLET 250 MILIGRAM, SIRUP KERING 125 MILIGRAM / 5 MILILITER": what FORNAS does list.</summary>
    public static string Forms(IReadOnlyList<Product> products)
    {
        var shown = string.Join(", ", products.Take(Listed).Select(p => FormAndStrength(p.Chosen)).Distinct());
        return products.Count > Listed ? $"{shown} and {products.Count - Listed} more" : shown;
    }

    public static string FormAndStrength(IndexedEntry e) =>
        string.Join(' ', new[] { e.Entry.Form, e.Entry.Strength, e.Entry.Unit }
            .Select(p => p.Trim())
            .Where(p => p.Length > 0 && !p.Equals("N/A", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Why this row and not its twin: "FORNAS lists this product 2 times (rows 38, 39); row 38 taken, the one for FKTP".</summary>
    public static string? Duplicates(Product product)
    {
        if (product.Rows.Count < 2) return null;
        var rows = string.Join(", ", product.Rows.Select(r => r.Entry.Row).Order());
        var chosen = product.Chosen.Entry;
        var others = product.Rows.Skip(1).Select(r => r.Entry).ToList();
        var why = others.Any(o => o.Fktp != chosen.Fktp) ? ", the one for FKTP"
            : others.Any(o => o.Essential != chosen.Essential) ? ", the one marked essential" : "";
        return $"FORNAS lists this product {product.Rows.Count} times (rows {rows}); row {chosen.Row} taken{why}";
    }

    public static string Sentence(string main, IEnumerable<string?> notes)
    {
        var extra = notes.Where(n => !string.IsNullOrEmpty(n)).ToList();
        return extra.Count == 0 ? $"{main}." : $"{main}; {string.Join("; ", extra)}.";
    }
}
