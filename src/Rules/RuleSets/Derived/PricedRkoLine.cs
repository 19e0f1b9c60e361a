using Requisition.Rules.Facts;

namespace Requisition.Rules.RuleSets.Derived;

/// <summary>An RKO line with its cost: planned need x unit price from the formulary.</summary>
public sealed record PricedRkoLine(RkoLine Line, decimal Price, decimal Cost);
