using Requisition.Rules.Facts;

namespace Requisition.Workflows.DataFiles;

/// <summary>One item to match against FORNAS (<c>match-fornas</c>): a code and the item as the facility names it.</summary>
/// <param name="Name">The item's name as written (nama obat), e.g. "Amoksisilin kaplet 500 mg".</param>
/// <param name="Form">Dosage form (sediaan), when the file has one.</param>
/// <param name="Strength">Strength (kekuatan), when the file has one.</param>
/// <param name="Unit">Unit of the strength (satuan), when the file has one.</param>
public sealed record ItemRow(DrugCode DrugCode, string Name, string? Form = null, string? Strength = null, string? Unit = null);
