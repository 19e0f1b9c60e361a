namespace Requisition.Workflows.Runtime.Contracts;

/// <summary>Who acts: a signed-in user in one role at one facility, or the system (timers, fan-out).</summary>
/// <param name="UserId">The user's id, or "system".</param>
/// <param name="Role">pharmacist, head, sub-unit, ifk-officer, administrator, or system.</param>
/// <param name="FacilityId">The facility the user acts for (null for the system).</param>
public sealed record Actor(string UserId, string Role, string? FacilityId)
{
    public static readonly Actor System = new("system", "system", null);
}
