namespace Requisition.Workflows.Persistence.Entities;

/// <summary>A person who signs in (pengguna); what they may do comes from <see cref="Roles"/>.</summary>
public sealed class User
{
    /// <summary>The login name, also written into every record the user signs (who acknowledged, who shipped).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public List<UserRole> Roles { get; set; } = [];
}
