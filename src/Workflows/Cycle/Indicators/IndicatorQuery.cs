using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// What to compute the drug-management indicators (indikator pengelolaan obat) for: one facility (a puskesmas) or the
/// whole district (<paramref name="FacilityId"/> null: every puskesmas of the caller's IFK, or of the installation for
/// the administrator), over the months [<paramref name="From"/>, <paramref name="To"/>].
/// </summary>
public sealed record IndicatorQuery(string? FacilityId, Period From, Period To);
