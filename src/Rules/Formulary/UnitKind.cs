namespace Requisition.Rules.Formulary;

/// <summary>What a unit word after a number measures.</summary>
internal enum UnitKind
{
    Mass,
    InternationalUnit,
    Volume,
    Percent,

    /// <summary>Units compared only with themselves: mmol, mEq, Lf (vaccines), TU (tuberculin), MBq.</summary>
    Other,

    /// <summary>A count of doses in a pack ("Vaksin BCG 20 ds"): not a strength at all.</summary>
    PackSize,
}
