namespace Requisition.Rules.Facts;

/// <summary>The LPLPO of one facility for one period, as a whole (for rules about the document, not a line).</summary>
/// <param name="SubmittedOn">When it reached the IFK; null while it is still a draft.</param>
public sealed record LplpoDocument(FacilityId Facility, Period Period, DateOnly? SubmittedOn);
