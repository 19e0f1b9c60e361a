namespace Requisition.Rules.Formulary;

internal enum NameTokenKind
{
    /// <summary>A word of a drug name, spelling-normalised.</summary>
    Word,

    /// <summary>'+', ';', "dan": between the ingredients of a combination.</summary>
    Plus,

    /// <summary>',': between ingredients only after "kombinasi"/"mengandung".</summary>
    Comma,

    /// <summary>'/': between alternatives ("Amlodipin/Kaptopril") or before a brand ("Amoxicillin 500mg / Amoxsan").</summary>
    Slash,

    /// <summary>':' as in "Analog Insulin Basal: insulin detemir".</summary>
    Colon,

    /// <summary>Where a strength or form was read: tells a brand after '/' from an alternative.</summary>
    Detail,
}
