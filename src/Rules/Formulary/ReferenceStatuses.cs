using Requisition.Rules.Facts;

namespace Requisition.Rules.Formulary;

/// <summary>Builds the <see cref="ReferenceStatus"/> fact the formulary rules join on.</summary>
public static class ReferenceStatuses
{
    /// <summary>DOEN membership decided by a loaded DOEN list.</summary>
    public const string DoenSource = "doen";

    /// <summary>No DOEN list loaded: DOEN membership is the FORNAS essential flag (oen) of the matched row.</summary>
    public const string FornasEssentialSource = "fornas-oen";

    public static ReferenceStatus For(CatalogItem item, FornasMatch match, DoenList? doen)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(match);
        var onDoen = doen?.Contains(Describe(item)) ?? match.Entry?.Essential ?? false;
        return new ReferenceStatus(item.Key, match.Entry, onDoen, doen is null ? FornasEssentialSource : DoenSource,
            match.Confidence, match.Reason, match.Signature);
    }

    /// <summary>The item as matching reads it; blank columns become null.</summary>
    public static ItemDescription Describe(CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemDescription(item.DrugCode.Value, item.Name, Blank(item.Form), Blank(item.Strength), Blank(item.Unit), Blank(item.FornasId));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
