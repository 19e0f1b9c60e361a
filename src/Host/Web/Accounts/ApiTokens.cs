using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Requisition.Host.Web.Startup;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Accounts;

/// <summary>A token as listed (never the token itself).</summary>
public sealed record ApiTokenView(long Id, string Name, string Prefix, string UserId, string Role, string? FacilityId,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>A new token: the only time its secret is shown.</summary>
public sealed record NewApiToken(ApiTokenView Token, string Secret);

/// <summary>
/// Tokens for other systems. An administrator issues one for a user and one of that user's roles; the caller sends it as
/// <c>Authorization: Bearer rq_...</c> and acts as that user in that role, under the same checks as a person.
/// </summary>
public sealed class ApiTokenService(DatabaseStartup database, AccountService accounts, IClock clock)
{
    public const string Prefix = "rq_";

    public async Task<NewApiToken> IssueAsync(Actor administrator, string name, string userId, string role, string? facilityId, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(administrator, cancellationToken);
        var errors = new List<CommandError>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) errors.Add(new("name", "must be 1 to 100 characters"));
        if (expiresAt is { } expiry && expiry <= clock.Now) errors.Add(new("expiresAt", "must be in the future"));
        await using var db = database.Database.CreateDbContext();
        FacilityId? facility = facilityId is null ? null : new FacilityId(facilityId);
        if (!await db.UserRoles.AnyAsync(r => r.UserId == userId && r.Role == role && r.FacilityId == facility, cancellationToken))
            errors.Add(new("role", $"{userId} does not hold the role {role} at {facilityId ?? "(no facility)"}"));
        if (errors.Count > 0) throw new CommandRejectedException(errors);

        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new ApiToken
        {
            Name = name.Trim(), Hash = Hash(secret), Prefix = secret[..10], UserId = userId, Role = role, FacilityId = facility,
            CreatedBy = administrator.UserId, CreatedAt = clock.Now, ExpiresAt = expiresAt,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new NewApiToken(View(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(Actor administrator, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(administrator, cancellationToken);
        await using var db = database.Database.CreateDbContext();
        var tokens = await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return tokens.Select(View).ToList();
    }

    public async Task RevokeAsync(Actor administrator, long id, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync(administrator, cancellationToken);
        await using var db = database.Database.CreateDbContext();
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException($"no API token {id}");
        token.RevokedAt ??= clock.Now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The principal a presented token acts as, or null if it is unknown, revoked, expired or its user inactive.</summary>
    public async Task<System.Security.Claims.ClaimsPrincipal?> AuthenticateAsync(string secret, string scheme, CancellationToken cancellationToken = default)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 200) return null;
        var hash = Hash(secret);
        await using var db = database.Database.CreateDbContext();
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt is { } expiry && expiry <= clock.Now) return null;
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId && u.Active, cancellationToken);
        if (user is null) return null;
        var facilityName = token.FacilityId is { } f ? await db.Facilities.AsNoTracking().Where(x => x.Id == f).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return ActorClaims.Principal(user.Id, user.Name, new HeldRole(token.Role, token.FacilityId?.Value, facilityName), scheme, $"token {token.Prefix}");
    }

    /// <summary>
    /// The caller is, in the database and now, an active user holding the administrator role: a claim alone is not
    /// enough (a deactivated administrator's cookie must not mint tokens).
    /// </summary>
    private async Task RequireAdministratorAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role != CycleRoles.Administrator || !await accounts.HoldsAsync(database.Database, actor, cancellationToken))
            throw new AccessDeniedException("API tokens are issued by an active administrator");
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static ApiTokenView View(ApiToken t) =>
        new(t.Id, t.Name, t.Prefix, t.UserId, t.Role, t.FacilityId?.Value, t.CreatedBy, t.CreatedAt, t.ExpiresAt, t.RevokedAt);
}

/// <summary>The "Bearer rq_..." scheme of the REST API.</summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var principal = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), SchemeName, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("unknown, revoked or expired API token")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
