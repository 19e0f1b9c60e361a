namespace Requisition.Rules.Formulary;

/// <summary>A unit as written after a number, with its factor to the canonical unit (mg, IU, ml).</summary>
/// <param name="Code">The canonical unit: "mg", "iu", "ml", "%" or the unit itself for <see cref="UnitKind.Other"/>.</param>
/// <param name="Words">How many tokens the unit took ("internasional unit" takes two).</param>
internal readonly record struct UnitWord(UnitKind Kind, string Code, decimal Factor, string Display, int Words);
