namespace Requisition.Rules.Formulary;

/// <summary>Names of the form families and which of them a person might confuse with each other.</summary>
internal static class FormFamilies
{
    /// <summary>The word used in reasons and signatures (Indonesian, as on the forms).</summary>
    public static string Label(FormFamily family) => family switch
    {
        FormFamily.Unknown => "?",
        FormFamily.Tablet => "tablet",
        FormFamily.Capsule => "kapsul",
        FormFamily.ModifiedRelease => "lepas-lambat",
        FormFamily.OralLiquid => "cairan-oral",
        FormFamily.Injection => "injeksi",
        FormFamily.Infusion => "infus",
        FormFamily.Topical => "topikal",
        FormFamily.EyeDrops => "tetes-mata",
        FormFamily.EyeOintment => "salep-mata",
        FormFamily.EarDrops => "tetes-telinga",
        FormFamily.Nasal => "hidung",
        FormFamily.Inhalation => "inhalasi",
        FormFamily.Rectal => "rektal",
        FormFamily.Vaginal => "vaginal",
        FormFamily.Powder => "serbuk",
        FormFamily.Solution => "larutan",
        FormFamily.Implant => "implan",
        FormFamily.Patch => "patch",
        _ => family.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Families close enough that FORNAS listing one may be what the item means by the other (a tablet
    /// listed where FORNAS has the capsule of the same strength): worth showing, never matched silently.
    /// </summary>
    public static bool AreNear(FormFamily a, FormFamily b) =>
        (IsSolidOral(a) && IsSolidOral(b)) || (IsParenteral(a) && IsParenteral(b));

    private static bool IsSolidOral(FormFamily f) => f is FormFamily.Tablet or FormFamily.Capsule or FormFamily.ModifiedRelease;

    private static bool IsParenteral(FormFamily f) => f is FormFamily.Injection or FormFamily.Infusion;
}
