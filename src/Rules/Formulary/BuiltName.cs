namespace Requisition.Rules.Formulary;

/// <summary>The name parts of a drug text.</summary>
/// <param name="Head">The name before "kombinasi"/"mengandung" ("kotrimoksazol", "antasida"), or the whole name.</param>
/// <param name="Mixture">The ingredient list after "kombinasi"/"mengandung" (empty when there is none).</param>
/// <param name="ColonAlias">The part after ':' in "Analog Insulin Basal: insulin detemir".</param>
/// <param name="Brands">Names after a '/' that follows the strength or form ("Amoxicillin 500mg / Amoxsan").</param>
internal sealed record BuiltName(DrugName Head, DrugName Mixture, DrugName ColonAlias, IReadOnlyList<DrugName> Brands);
