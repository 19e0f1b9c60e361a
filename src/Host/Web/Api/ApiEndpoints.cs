using Requisition.Host.Web.Accounts;

namespace Requisition.Host.Web.Api;

/// <summary>
/// The REST API under /api/v1: every action and query of the web app, for other systems and scripts. Every endpoint
/// needs a signed-in user or an API token; the application layer checks role and facility scope on each call.
/// </summary>
public static class ApiEndpoints
{
    public const string Base = "/api/v1";

    /// <summary>The header that makes a retried changing call answer as the first one did (and change nothing twice).</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup(Base)
            .RequireAuthorization(WebApp.SignedIn)
            .AddEndpointFilter(ApiAntiforgery.Filter)
            .WithTags("v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/me", (HttpContext http) => new Me(http.User.Actor().UserId, http.User.Actor().Role, http.User.Actor().FacilityId))
            .WithName("me").WithSummary("Who the caller acts as: user, role and facility");

        LplpoApi.Map(api);
        PlanningApi.Map(api);
        StockApi.Map(api);
        ThresholdApi.Map(api);
        TokenApi.Map(api);
        AdminApi.Map(api);
        ImportApi.Map(api);
        IndicatorApi.Map(api);
        ExportApi.Map(api);
    }

    /// <summary>
    /// Declares the refusals an endpoint may answer with as problem details: 400 (the input, by field path), 403 (the role
    /// may not), 404 (no such object, or one outside the caller's scope) and, for a changing call, 409 (stale or concurrent).
    /// </summary>
    public static RouteHandlerBuilder Refusals(this RouteHandlerBuilder endpoint, bool conflicts = false)
    {
        endpoint.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return conflicts ? endpoint.ProducesProblem(StatusCodes.Status409Conflict) : endpoint;
    }

    /// <summary>The Idempotency-Key header of the request, if any.</summary>
    public static string? IdempotencyKey(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyHeader, out var key) ? key.ToString() : null;

    /// <summary>The caller as the application layer sees it.</summary>
    public sealed record Me(string User, string Role, string? Facility);
}
