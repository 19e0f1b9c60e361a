namespace Requisition.Rules.Formulary;

/// <summary>
/// The "same drug" key of a catalog item: normalised ingredient(s), form family and strength, as
/// "amoksisilin|tablet|500mg". Two items that are the same drug get the same signature however they
/// are spelled: "Amoxicillin tab 500mg" and "Amoksisilin kaplet 500 mg", "Kotrimoksazol 480 mg" and
/// "Kotrimoksazol tablet 400 mg/80 mg". Strengths are in mg, IU or ml, per ml for concentrations
/// (percentages as mg/ml). An unknown part is "?"; a name with no recognisable drug gives "".
/// </summary>
public static class DrugSignature
{
    public static string Of(string name, string? form, string? strength, string? unit) =>
        Of(DrugTextParser.Parse(name, form, Combine(strength, unit)));

    internal static string Of(ParsedDrug drug)
    {
        var key = drug.Name.Key;
        if (key.Length == 0) return "";
        var strength = drug.Strength?.Canonical ?? "?";
        return $"{key}|{FormFamilies.Label(drug.Family)}|{strength}";
    }

    /// <summary>The strength and unit columns as one text ("500" + "mg"); null when the strength is blank.</summary>
    internal static string? Combine(string? strength, string? unit) =>
        string.IsNullOrWhiteSpace(strength) ? null : $"{strength} {unit}".Trim();
}
