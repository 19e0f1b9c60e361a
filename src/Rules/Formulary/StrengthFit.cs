namespace Requisition.Rules.Formulary;

/// <summary>How an item's strength fits a FORNAS row, best first.</summary>
internal enum StrengthFit
{
    /// <summary>Same amounts in the same units (after mg/g/mcg and %-to-mg/ml conversion).</summary>
    Exact,

    /// <summary>The combination's total: "Kotrimoksazol 480 mg" is 400 mg + 80 mg.</summary>
    ByTotal,

    /// <summary>Equal once the row's "1 MILIGRAM" is read as the 1 g the export meant.</summary>
    AsGrams,

    /// <summary>
    /// The same number where one side leaves out the denominator ("Artesunat 60 mg/ml" against FORNAS
    /// "60 MILIGRAM") or the unit ("Benzatin benzilpenisilin 1,2 juta").
    /// </summary>
    Loose,

    /// <summary>The row states no strength, so it cannot contradict the item's.</summary>
    NotStated,

    Mismatch,
}
