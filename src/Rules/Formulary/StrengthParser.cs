using System.Text.RegularExpressions;

namespace Requisition.Rules.Formulary;

/// <summary>Reads strengths from free text and from the e-Fornas <c>kekuatan</c> + <c>satuan</c> columns.</summary>
internal static partial class StrengthParser
{
    /// <summary>A strength written on its own ("500 mg", "250 mg/5 ml", "400/80 mg"); null when it has no number.</summary>
    public static Strength? FromText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var (main, _) = DrugText.SplitParentheses(DrugText.Clean(text));
        return Assemble(DrugScanner.Scan(main).Quantities);
    }

    /// <summary>
    /// The strength of a FORNAS row: "400/80" or "200;200" are components, the unit applies to each.
    /// Ranges ("230-340"), "N/A" and "sesuai kebutuhan" state no comparable strength.
    /// </summary>
    public static Strength? FromFornas(string kekuatan, string satuan)
    {
        var strength = kekuatan.Trim().TrimStart('@').Trim();
        if (strength.Length == 0 || strength.Equals("N/A", StringComparison.OrdinalIgnoreCase) || Range().IsMatch(strength))
            return null;
        var unit = satuan.Trim().Equals("N/A", StringComparison.OrdinalIgnoreCase) ? "" : satuan;
        return FromText($"{strength.Replace(';', '/')} {unit}");
    }

    /// <summary>
    /// Joins the quantities of one text into a strength. In a liquid combination written
    /// "Sulfametoksazol 200 mg + Trimetoprim 40 mg / 5 ml" the volume belongs to every ingredient.
    /// </summary>
    public static Strength? Assemble(IReadOnlyList<Quantity> quantities)
    {
        if (quantities.Count == 0) return null;
        var perMl = quantities.FirstOrDefault(q => q.Per == "ml" && q.Numerator != q.Amount && q.Amount != 0);
        if (perMl is null || quantities.Count == 1) return new Strength(quantities);
        var volume = perMl.Numerator / perMl.Amount;
        var perText = $"{NumberText.Format(volume)} ml";
        return new Strength(quantities
            .Select(q => q.Per is null && q.Unit is "mg" or "iu" ? q.Over(volume, "ml", perText) : q)
            .ToList());
    }

    [GeneratedRegex(@"\d\s*-\s*\d")]
    private static partial Regex Range();
}
