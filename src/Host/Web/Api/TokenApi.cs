using Microsoft.AspNetCore.Http.HttpResults;
using Requisition.Host.Web.Accounts;

namespace Requisition.Host.Web.Api;

/// <summary>API tokens for other systems: an administrator lists, issues (the secret is shown once, in the answer) and revokes them.</summary>
public static class TokenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/api-tokens", async (HttpContext http, ApiTokenService tokens, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await tokens.ListAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-api-tokens").WithSummary("Every API token (never its secret), oldest first (paged)").Refusals();

        api.MapPost("/api-tokens", async (IssueTokenInput input, HttpContext http, ApiTokenService tokens, CancellationToken ct) =>
            {
                var issued = await tokens.IssueAsync(http.User.Actor(), input.Name, input.UserId, input.Role, input.FacilityId, input.ExpiresAt, ct);
                return TypedResults.Created($"{ApiEndpoints.Base}/api-tokens/{issued.Token.Id}", issued);
            })
            .WithName("issue-api-token").WithSummary("Issues a token for a user in one of their roles; the answer holds the secret, shown only this once").Refusals();

        api.MapDelete("/api-tokens/{id:long}", async Task<NoContent> (long id, HttpContext http, ApiTokenService tokens, CancellationToken ct) =>
            {
                await tokens.RevokeAsync(http.User.Actor(), id, ct);
                return TypedResults.NoContent();
            })
            .WithName("revoke-api-token").WithSummary("Revokes a token: calls with it are refused from now on").Refusals();
    }

    /// <summary>A token to issue: its name, the user and role (at a facility, or none for an administrator) it acts as, and when it expires.</summary>
    public sealed record IssueTokenInput(string Name, string UserId, string Role, string? FacilityId = null, DateTimeOffset? ExpiresAt = null);
}
