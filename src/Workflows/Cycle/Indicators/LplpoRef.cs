using Requisition.Rules.Facts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>An LPLPO whose lines are to be read: which one, whose and when, whether its given quantities are final (reviewed) and whether it is closed (never changes again).</summary>
internal sealed record LplpoRef(long Id, FacilityId Facility, Period Period, bool Reviewed, bool Closed);
