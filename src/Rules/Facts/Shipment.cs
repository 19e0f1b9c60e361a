namespace Requisition.Rules.Facts;

/// <summary>One line of an issue note (SBBK): a quantity of one batch sent from a facility to another.</summary>
public sealed record Shipment(
    string Document,
    FacilityId From,
    FacilityId To,
    DrugCode DrugCode,
    string Batch,
    long Quantity)
{
    public ItemKey SourceKey => new(From, DrugCode);
}
