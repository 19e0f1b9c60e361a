namespace Requisition.Rules.Facts;

/// <summary>The receiving facility's confirmation of one SBBK line (penerimaan).</summary>
/// <param name="Accepted">Quantity taken into stock.</param>
/// <param name="Rejected">Quantity refused (damaged, short-dated, wrong item).</param>
/// <param name="Reason">Why any quantity was rejected.</param>
public sealed record Receipt(
    string Document,
    FacilityId Facility,
    DrugCode DrugCode,
    string Batch,
    long Shipped,
    long Accepted,
    long Rejected,
    string? Reason);
