namespace Requisition.Workflows.Imports;

/// <summary>The kebab-case names of the <see cref="ImportKind"/>s (jenis impor), as the REST API and the CLI write them.</summary>
public static class ImportKinds
{
    private static readonly Dictionary<ImportKind, string> Names = new()
    {
        [ImportKind.Fornas] = "fornas",
        [ImportKind.Doen] = "doen",
        [ImportKind.Catalog] = "catalog",
        [ImportKind.Facilities] = "facilities",
        [ImportKind.Users] = "users",
        [ImportKind.OpeningStock] = "opening-stock",
        [ImportKind.History] = "history",
        [ImportKind.Lplpo] = "lplpo",
    };

    /// <summary>Every kind, in the order a new district is usually loaded.</summary>
    public static IReadOnlyList<ImportKind> All { get; } =
        [ImportKind.Facilities, ImportKind.Users, ImportKind.Catalog, ImportKind.Fornas, ImportKind.Doen, ImportKind.OpeningStock, ImportKind.History, ImportKind.Lplpo];

    /// <summary>"opening-stock" for <see cref="ImportKind.OpeningStock"/>.</summary>
    public static string Name(ImportKind kind) => Names[kind];

    /// <summary>The kind named <paramref name="name"/> (kebab-case, any letter case); false for anything else.</summary>
    public static bool TryParse(string? name, out ImportKind kind)
    {
        foreach (var (k, n) in Names)
        {
            if (string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
