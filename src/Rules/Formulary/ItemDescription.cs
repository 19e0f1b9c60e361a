namespace Requisition.Rules.Formulary;

/// <summary>
/// A drug as a facility names it, the input of matching: the name as written (nama obat, often with
/// form and strength inside it), and the form (sediaan), strength (kekuatan) and unit (satuan) when
/// they are kept apart. Blank parts are null.
/// </summary>
/// <param name="DrugCode">The facility's own code (kode obat), only carried along for reports.</param>
/// <param name="ConfirmedFornasId">A FORNAS <c>id_obat</c> a person confirmed; it wins over matching.</param>
public sealed record ItemDescription(
    string DrugCode,
    string Name,
    string? Form = null,
    string? Strength = null,
    string? Unit = null,
    string? ConfirmedFornasId = null);
