namespace Requisition.Workflows.Cycle;

/// <summary>A facility of the district tree (IFK, puskesmas, sub-unit) as the administrator sees it.</summary>
public sealed record FacilityView(string Id, string Name, string Kind, string? ParentId, bool Active, int Depth);

/// <summary>A role a user holds at a facility (none for an administrator).</summary>
public sealed record UserRoleView(string Role, string? FacilityId);

/// <summary>A user with their roles; never the password hash, only whether one is set.</summary>
public sealed record UserView(string Id, string Name, bool Active, bool HasPassword, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, IReadOnlyList<UserRoleView> Roles);

/// <summary>A new user with their first role (at a facility of the kind the role works at; none for an administrator).</summary>
public sealed record AddUserInput(string UserId, string Name, string Role, string? FacilityId);

/// <summary>Deactivate (no sign-in, no API token) or reactivate a user; their records stay.</summary>
public sealed record SetUserActiveInput(bool Active);
