using Requisition.Rules.Facts;

namespace Requisition.Workflows.Persistence.Entities;

/// <summary>
/// A token another system presents to call the REST API (a provincial dashboard pulling indicators, say). It acts as one
/// user in one role at one facility, like a signed-in person. Only the token's SHA-256 hash is stored; the token itself is
/// shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public long Id { get; set; }

    /// <summary>A name for people: what system uses it.</summary>
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The token's first characters, to tell tokens apart in lists.</summary>
    public string Prefix { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Role { get; set; } = "";

    public FacilityId? FacilityId { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
