namespace Requisition.Rules.Formulary;

/// <summary>What a drug text says: ingredient name(s), aliases, form family and strength.</summary>
internal sealed record ParsedDrug(
    DrugName Head,
    DrugName Mixture,
    IReadOnlyList<DrugName> Aliases,
    IReadOnlyList<DrugName> Brands,
    FormFamily Family,
    Strength? Strength)
{
    /// <summary>The name the drug goes by: the head, or the ingredient list when there is no head.</summary>
    public DrugName Name => Head.IsEmpty ? Mixture : Head;

    /// <summary>Every key the drug can be found under, nearest to the written name first, without repeats.</summary>
    public IReadOnlyList<NameKey> Keys()
    {
        var keys = new List<NameKey>();
        var primary = new[] { Head, Mixture }.Where(n => !n.IsEmpty).ToList();
        foreach (var name in primary) Add(keys, name, 0);
        foreach (var alias in Aliases) Add(keys, alias, 1);
        foreach (var name in primary.Concat(Aliases))
            if (name.Stripped() is { } stripped) Add(keys, stripped, 2);
        return keys;
    }

    private static void Add(List<NameKey> keys, DrugName name, int tier)
    {
        var key = name.Key;
        if (key.Length > 0 && keys.All(k => k.Key != key)) keys.Add(new NameKey(key, tier, name));
    }
}
