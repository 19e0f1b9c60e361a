namespace Requisition.Rules.Formulary;

/// <summary>
/// One FORNAS product (id, form, strength) with every row that lists it: the export repeats some
/// rows, sometimes with different flags (amlodipin 5 mg once for FKTP, once not). The row taken is
/// the most permissive: for FKTP first, then essential (oen), then the earliest.
/// </summary>
internal sealed record Product(IReadOnlyList<IndexedEntry> Rows)
{
    public IndexedEntry Chosen => Rows[0];

    public static IReadOnlyList<Product> Group(IEnumerable<IndexedEntry> rows) =>
        rows.GroupBy(r => r.ProductKey, StringComparer.Ordinal)
            .Select(g => new Product(g
                .OrderByDescending(r => r.Entry.Fktp)
                .ThenByDescending(r => r.Entry.Essential)
                .ThenBy(r => r.Entry.Row)
                .ToList()))
            .OrderBy(p => p.Rows.Min(r => r.Entry.Row))
            .ToList();
}
