using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>A planned quantity set against the quantity really used, for planning accuracy.</summary>
/// <param name="Period">The month compared (LPLPO step), or null for a whole year (RKO step).</param>
/// <param name="Basis">What was compared, in words (e.g. "RKO monthly share vs use in 2026-10").</param>
public sealed record PlanComparison(ItemKey Key, Period? Period, decimal Planned, decimal Used, string Basis);
