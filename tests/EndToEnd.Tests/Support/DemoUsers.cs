using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>The demo district's users by role and facility.</summary>
public sealed class DemoUsers(IReadOnlyList<(string User, string Role, string? Facility)> roles)
{
    public IReadOnlyList<(string User, string Role, string? Facility)> Roles { get; } = roles;

    public string Administrator => One(CycleRoles.Administrator);

    public string IfkOfficer => One(CycleRoles.IfkOfficer);

    public string IfkId => Roles.First(r => r.Role == CycleRoles.IfkOfficer).Facility!;

    /// <summary>The puskesmas ids, in order.</summary>
    public IReadOnlyList<string> Puskesmas => Roles.Where(r => r.Role == CycleRoles.Pharmacist).Select(r => r.Facility!).Distinct().Order(StringComparer.Ordinal).ToList();

    public string One(string role, string? facility = null) =>
        Roles.First(r => r.Role == role && (facility is null || r.Facility == facility)).User;

    public Actor Actor(string role, string? facility = null) => new(One(role, facility), role, facility ?? Roles.First(r => r.Role == role).Facility);
}
