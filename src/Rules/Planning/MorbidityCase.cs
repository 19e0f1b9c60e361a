namespace Requisition.Rules.Planning;

/// <summary>One disease's share of an item's need: projected cases x the standard quantity per case.</summary>
/// <param name="Disease">The disease or programme (e.g. "ISPA", "diare").</param>
/// <param name="ProjectedCases">Cases expected in the planning year.</param>
/// <param name="QuantityPerCase">Units of the item one case takes by the treatment guideline.</param>
public sealed record MorbidityCase(string Disease, decimal ProjectedCases, decimal QuantityPerCase);
