namespace Requisition.Rules.Facts;

/// <summary>The drug budget (anggaran obat) available to a facility for a planning year, in rupiah.</summary>
public sealed record Budget(FacilityId Facility, int Year, decimal Amount);
