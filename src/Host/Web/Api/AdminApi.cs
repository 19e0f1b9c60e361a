using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Demo;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>A password set by an administrator's reset: shown in this answer only.</summary>
public sealed record PasswordReset(string UserId, string Password);

/// <summary>
/// The administrator's district settings: facilities and users (add, deactivate or reactivate, reset a password) and the
/// national reference lists (editions, items to confirm, confirmed mappings). The services check the role themselves.
/// </summary>
public static class AdminApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin");

        admin.MapGet("/facilities", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.FacilityAdmin.FacilitiesAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-facilities").WithSummary("The district's facilities as a tree: each IFK, its puskesmas, their sub-units (paged; administrator)").Refusals();

        admin.MapGet("/users", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.FacilityAdmin.UsersAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-users").WithSummary("Every user with their roles, never a password hash (paged; administrator)").Refusals();

        admin.MapGet("/users/{userId}", async (string userId, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.FacilityAdmin.UserAsync(http.User.Actor(), userId, ct))
            .WithName("get-user").WithSummary("One user with their roles (administrator)").Refusals();

        admin.MapPost("/users", async (AddUserInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var user = await cycle.FacilityAdmin.AddUserAsync(http.User.Actor(), input, ct);
                return Results.Created($"{ApiEndpoints.Base}/admin/users/{user.Id}", user);
            })
            .WithName("add-user").WithSummary("Adds a user with one role at a facility of the kind the role works at; no password until one is set (administrator)").Refusals();

        admin.MapPut("/users/{userId}/active", async (string userId, SetUserActiveInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.FacilityAdmin.SetActiveAsync(http.User.Actor(), userId, input, ct))
            .WithName("set-user-active").WithSummary("Deactivates or reactivates a user (administrator; not oneself)").Refusals();

        admin.MapPost("/users/{userId}/password", async (string userId, HttpContext http, CycleHost cycle, AccountService accounts, CancellationToken ct) =>
            {
                await cycle.FacilityAdmin.UserAsync(http.User.Actor(), userId, ct);
                var password = Passwords.New();
                await accounts.SetPasswordsAsync(cycle.Database, new Dictionary<string, string> { [userId] = password }, ct);
                http.Response.Headers.CacheControl = "no-store";
                return new PasswordReset(userId, password);
            })
            .WithName("reset-user-password").WithSummary("Sets a new generated password and answers it, this once (administrator)").Refusals();

        admin.MapGet("/reference-lists", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.ReferenceLists.EditionsAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-reference-lists").WithSummary("The FORNAS and DOEN editions stored, newest first, with their row counts (paged; administrator)").Refusals();

        admin.MapGet("/reference-lists/unmatched", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.ReferenceLists.UnmatchedAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-unmatched-items").WithSummary("Catalog items the newest FORNAS does not place with confidence, with candidate rows (paged; administrator)").Refusals();

        admin.MapPost("/reference-lists/confirmed-mappings", async (ConfirmMappingInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.ReferenceLists.ConfirmAsync(http.User.Actor(), input, ct))
            .WithName("confirm-fornas-mapping").WithSummary("Confirms the FORNAS row of a catalog item for that row's edition (administrator)").Refusals();
    }
}
