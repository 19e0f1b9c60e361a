namespace Requisition.Workflows.Persistence.Entities;

/// <summary>A person who signs in (pengguna); what they may do comes from <see cref="Roles"/>.</summary>
public sealed class User
{
    /// <summary>The login name, also written into every record the user signs (who acknowledged, who shipped).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The password hash (ASP.NET Core's PasswordHasher format); null while no password is set (no sign-in).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Failed sign-ins in a row; reset by a successful one.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Set after too many failed sign-ins: no sign-in until then.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public List<UserRole> Roles { get; set; } = [];
}
