namespace Requisition.Rules.Formulary;

/// <summary>What follows the '/' of a strength: "per ml", "per vial", "per dose".</summary>
internal enum PerKind
{
    /// <summary>Per ml, or per g for creams and powders (both read as a concentration).</summary>
    Volume,

    /// <summary>Per vial, ampoule, tablet, depot: an amount per piece, the same as no denominator.</summary>
    Piece,

    /// <summary>Per dose, puff or spray of an inhaler or nasal spray.</summary>
    Dose,

    /// <summary>Per hour, for patches.</summary>
    Time,
}
