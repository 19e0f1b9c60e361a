using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// Whose indicators are computed: one puskesmas, or the puskesmas of a district (an IFK's, or every IFK's for the
/// administrator), with the id and name the dashboard shows for the scope.
/// </summary>
internal sealed record IndicatorTarget(string ScopeId, string ScopeName, bool District, IReadOnlyList<FacilityId> Puskesmas);
