using Requisition.Rules.Facts;

namespace Requisition.Rules.Formulary;

/// <summary>
/// A loaded edition of the national essential medicines list (DOEN). An item is on it when a row has
/// the same normalised ingredient(s) and form family, and the same strength when both state one.
/// A missing form on either side does not exclude a row; salts and qualifiers may be left out on one side.
/// </summary>
public sealed class DoenList
{
    private readonly Dictionary<string, List<(ParsedDrug Drug, int Tier)>> _byKey = new(StringComparer.Ordinal);

    public DoenList(IEnumerable<DoenEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            var drug = DrugTextParser.Parse(entry.Name, entry.Form, DrugSignature.Combine(entry.Strength, entry.Unit));
            foreach (var key in drug.Keys())
            {
                if (!_byKey.TryGetValue(key.Key, out var rows)) _byKey[key.Key] = rows = [];
                rows.Add((drug, key.Tier));
            }
        }
    }

    public bool Contains(ItemDescription item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var drug = DrugTextParser.Parse(item.Name, item.Form, DrugSignature.Combine(item.Strength, item.Unit));
        foreach (var key in drug.Keys())
        {
            if (!_byKey.TryGetValue(key.Key, out var rows)) continue;
            // Both names stripped of their salts is too far: "kalium X" is not "natrium X".
            if (rows.Any(r => key.Tier + r.Tier <= 2 && SameForm(drug, r.Drug) && SameStrength(drug, r.Drug))) return true;
        }
        return false;
    }

    private static bool SameForm(ParsedDrug item, ParsedDrug row) =>
        item.Family == FormFamily.Unknown || row.Family == FormFamily.Unknown || item.Family == row.Family;

    private static bool SameStrength(ParsedDrug item, ParsedDrug row) =>
        item.Strength is null || row.Strength is null || StrengthComparer.Fit(item.Strength, row.Strength) != StrengthFit.Mismatch;
}
