using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Web.Api;

/// <summary>
/// The REST API under /api/v1: every action and query of the web app, for other systems and scripts. Every endpoint
/// needs a signed-in user or an API token; the application layer checks role and facility scope on each call.
/// </summary>
public static class ApiEndpoints
{
    public const string Base = "/api/v1";

    public static void Map(WebApplication app)
    {
        var api = app.MapGroup(Base)
            .RequireAuthorization(WebApp.SignedIn)
            .AddEndpointFilter(ApiAntiforgery.Filter)
            .WithTags("v1");

        api.MapGet("/me", (HttpContext http) => new
        {
            user = http.User.Actor().UserId,
            role = http.User.Actor().Role,
            facility = http.User.Actor().FacilityId,
        }).WithName("me");

        LplpoApi.Map(api);
        PlanningApi.Map(api);
        StockApi.Map(api);
        AdminApi.Map(api);
    }
}
