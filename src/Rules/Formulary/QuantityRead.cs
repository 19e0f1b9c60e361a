namespace Requisition.Rules.Formulary;

/// <summary>What <see cref="StrengthReader"/> found at one number.</summary>
/// <param name="Quantities">The components read ("400/80 mg" gives two).</param>
/// <param name="Next">The first token after the strength.</param>
/// <param name="IsPackSize">A dose count ("20 ds"): consumed, but not a strength.</param>
/// <param name="IsUnitless">A bare number with no unit word after it.</param>
internal sealed record QuantityRead(IReadOnlyList<Quantity> Quantities, int Next, bool IsPackSize, bool IsUnitless);
