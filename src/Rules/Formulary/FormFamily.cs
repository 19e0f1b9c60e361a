namespace Requisition.Rules.Formulary;

/// <summary>
/// Dosage forms (sediaan) grouped by what a pharmacist treats as the same product: a kaplet is a
/// tablet, a sirup kering is an oral liquid, an ampul and a vial are injections.
/// </summary>
internal enum FormFamily
{
    /// <summary>Not stated, or only a pack word (botol, tube, pot) that says nothing of the form.</summary>
    Unknown,
    Tablet,
    Capsule,

    /// <summary>Slow-release tablets and capsules (pelepasan lambat, retard, SR): not the same product as plain ones.</summary>
    ModifiedRelease,
    OralLiquid,
    Injection,
    Infusion,
    Topical,
    EyeDrops,
    EyeOintment,
    EarDrops,
    Nasal,
    Inhalation,
    Rectal,
    Vaginal,
    Powder,
    Solution,
    Implant,
    Patch,
}
