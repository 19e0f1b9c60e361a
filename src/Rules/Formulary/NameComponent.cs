namespace Requisition.Rules.Formulary;

/// <summary>
/// One ingredient of a drug name, or a group of alternatives written with '/': "Fe sulfat/Fe fumarat/Fe
/// glukonat" in the blood-tablet combination, "Albendazol/Pirantel Pamoat" on an indicator list.
/// </summary>
internal sealed record NameComponent(IReadOnlyList<NameWord[]> Alternatives)
{
    /// <summary>The words run together ("benzil penisilin" = "benzilpenisilin"); alternatives sorted and joined by '/'.</summary>
    public string Key => string.Join('/', Alternatives.Select(KeyOf).Distinct().Order(StringComparer.Ordinal));

    public string Display => string.Join(" / ", Alternatives.Select(a => string.Join(' ', a.Select(w => w.Shown))).Distinct());

    public static string KeyOf(NameWord[] words) => string.Concat(words.Select(w => w.Key));

    /// <summary>The component without salt and qualifier words, or null when that changes nothing or leaves nothing.</summary>
    public NameComponent? Stripped()
    {
        var stripped = Alternatives.Select(a => a.Where(w => !NameVocabulary.Strippable.Contains(w.Key)).ToArray()).ToList();
        if (stripped.Any(a => a.Length == 0)) return null;
        var result = new NameComponent(stripped);
        return result.Key == Key ? null : result;
    }
}
