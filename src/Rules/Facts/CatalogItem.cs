namespace Requisition.Rules.Facts;

/// <summary>An item of a facility's formulary (formularium puskesmas), one row of <c>formulary.csv</c>.</summary>
/// <param name="Price">Unit price in rupiah (harga satuan).</param>
/// <param name="FornasId">A person-confirmed FORNAS mapping; wins over automatic matching.</param>
public sealed record CatalogItem(
    FacilityId Facility,
    DrugCode DrugCode,
    string Name,
    string Form,
    string Strength,
    string Unit,
    bool Generic,
    decimal Price,
    string? FornasId = null)
{
    public ItemKey Key => new(Facility, DrugCode);
}
