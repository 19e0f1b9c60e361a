using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>One role a user holds at one facility (the same user may be pharmacist at two puskesmas).</summary>
public sealed class UserRole
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>pharmacist, head, sub-unit, ifk-officer or administrator (the role names of <c>Actor</c>).</summary>
    public string Role { get; set; } = "";

    /// <summary>The facility the role is held at; null for a district-wide administrator (Dinas Kesehatan).</summary>
    public FacilityId? FacilityId { get; set; }
}
