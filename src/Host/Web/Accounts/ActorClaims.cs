using System.Security.Claims;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Accounts;

/// <summary>
/// A signed-in person (or API token) acts as one user in one role at one facility: the application layer's
/// <see cref="Actor"/>. These are the claims that carry it, and the way back.
/// </summary>
public static class ActorClaims
{
    public const string Facility = "requisition:facility";
    public const string FacilityName = "requisition:facility-name";
    public const string Via = "requisition:via";

    public static ClaimsPrincipal Principal(string userId, string name, HeldRole role, string scheme, string via)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, userId),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, role.Role),
            new(Via, via),
        };
        if (role.FacilityId is not null) claims.Add(new Claim(Facility, role.FacilityId));
        if (role.FacilityName is not null) claims.Add(new Claim(FacilityName, role.FacilityName));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.NameIdentifier, ClaimTypes.Role));
    }

    /// <summary>The actor of a signed-in principal; throws for an anonymous one (endpoints require sign-in first).</summary>
    public static Actor Actor(this ClaimsPrincipal user)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("not signed in");
        var role = user.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("signed in without a role");
        return new Actor(id, role, user.FindFirstValue(Facility));
    }

    public static string? FacilityId(this ClaimsPrincipal user) => user.FindFirstValue(Facility);

    public static string? RoleName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);
}
