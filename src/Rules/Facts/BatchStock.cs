namespace Requisition.Rules.Facts;

/// <summary>Stock of one batch of an item at a facility, one row of <c>batches.csv</c>.</summary>
/// <param name="FundSource">Funding source (sumber dana): APBN, APBD I, APBD II, DAK, BLUD, programme, other.</param>
public sealed record BatchStock(
    FacilityId Facility,
    DrugCode DrugCode,
    string Batch,
    DateOnly Expiry,
    long Quantity,
    decimal? UnitPrice = null,
    string? FundSource = null)
{
    public ItemKey Key => new(Facility, DrugCode);
}
