using Microsoft.AspNetCore.Http.HttpResults;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Api;

/// <summary>
/// The year's plans: the formulary (start, propose and remove items, check, submit, establish or return) and the RKO
/// (start, edit lines, check, submit, establish or return; the IFK consolidates and fits the budget).
/// </summary>
public static class PlanningApi
{
    public static void Map(RouteGroupBuilder api)
    {
        MapFormularies(api);
        MapRkos(api);
    }

    private static void MapFormularies(RouteGroupBuilder api)
    {
        api.MapPost("/formularies", async (StartPlanInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                Created("formularies", await cycle.Formulary.StartAsync(http.User.Actor(), input, ct)))
            .WithName("start-formulary").WithSummary("The pharmacist starts the year's formulary from the newest established one").Refusals(conflicts: true);

        api.MapGet("/formularies/{id:long}", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Formulary.GetAsync(http.User.Actor(), id, ct))
            .WithName("get-formulary").WithSummary("One formulary with its items, flags and what it waits for").Refusals();

        api.MapGet("/formularies/{id:long}/check", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Formulary.CheckAsync(http.User.Actor(), id, ct))
            .WithName("check-formulary").WithSummary("The flags the formulary rules would raise now, stored nowhere").Refusals();

        api.MapPost("/formularies/{id:long}/items", async (long id, ProposeItemsInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Formulary(http, cycle, id, actor => cycle.Formulary.ProposeItemsAsync(actor, id, input, ct), ct))
            .WithName("propose-formulary-items").WithSummary("Staff or the pharmacist propose items (price, therapeutic class) for the draft").Refusals(conflicts: true);

        api.MapDelete("/formularies/{id:long}/items", async (long id, string[]? drugCode, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Formulary(http, cycle, id, actor => cycle.Formulary.RemoveItemsAsync(actor, id, new RemoveItemsInput(drugCode ?? []), ct), ct))
            .WithName("remove-formulary-items").WithSummary("The pharmacist takes items off the draft (?drugCode=A&drugCode=B)").Refusals(conflicts: true);

        api.MapPost("/formularies/{id:long}/submit", async (long id, SubmitInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Formulary(http, cycle, id, actor => cycle.Formulary.SubmitAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct), ct))
            .WithName("submit-formulary").WithSummary("The pharmacist submits the formulary; its rules run (Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/formularies/{id:long}/establish", async (long id, EstablishInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Formulary(http, cycle, id, actor => cycle.Formulary.EstablishAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct), ct))
            .WithName("establish-formulary").WithSummary("The head establishes the formulary or returns it with a reason (Idempotency-Key)").Refusals(conflicts: true);
    }

    private static void MapRkos(RouteGroupBuilder api)
    {
        api.MapPost("/rkos", async (StartPlanInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                Created("rkos", await cycle.Rko.StartAsync(http.User.Actor(), input, ct)))
            .WithName("start-rko").WithSummary("The pharmacist starts the year's RKO, computed from the stock history").Refusals(conflicts: true);

        api.MapPost("/rkos/consolidations", async (ConsolidateInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Rko.ConsolidateAsync(http.User.Actor(), input, ct))
            .WithName("consolidate-rkos").WithSummary("The IFK consolidates its puskesmas's established RKOs for a year against the budget").Refusals(conflicts: true);

        api.MapGet("/rkos/{id:long}", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Rko.GetAsync(http.User.Actor(), id, ct))
            .WithName("get-rko").WithSummary("One RKO with its lines (the terms of the formula), flags and tasks").Refusals();

        api.MapGet("/rkos/{id:long}/check", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Rko.CheckAsync(http.User.Actor(), id, ct))
            .WithName("check-rko").WithSummary("The flags the rko rules would raise now, stored nowhere").Refusals();

        api.MapPatch("/rkos/{id:long}/lines", async (long id, EditRkoInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Rko(http, cycle, id, actor => cycle.Rko.EditAsync(actor, id, input, ct), ct))
            .WithName("edit-rko-lines").WithSummary("The pharmacist edits lines of the draft: a planned need, or morbidity cases x dose").Refusals(conflicts: true);

        api.MapPost("/rkos/{id:long}/submit", async (long id, SubmitInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Rko(http, cycle, id, actor => cycle.Rko.SubmitAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct), ct))
            .WithName("submit-rko").WithSummary("The pharmacist submits the RKO; its rules run (Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/rkos/{id:long}/establish", async (long id, EstablishInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Rko(http, cycle, id, actor => cycle.Rko.EstablishAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct), ct))
            .WithName("establish-rko").WithSummary("The head establishes the RKO or returns it with a reason (Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/rkos/{id:long}/fit-budget", async (long id, FitBudgetInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Rko(http, cycle, id, actor => cycle.Rko.FitBudgetAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct), ct))
            .WithName("fit-rko-budget").WithSummary("The IFK fits the consolidated RKO to the budget and establishes it (Idempotency-Key)").Refusals(conflicts: true);
    }

    /// <summary>A change to a formulary; refused on one the caller may not read, it answers 404 (see <see cref="Guarded"/>).</summary>
    private static Task<PlanActionResult> Formulary(HttpContext http, CycleHost cycle, long id, Func<Actor, Task<PlanActionResult>> command, CancellationToken ct) =>
        Guarded(http, command, actor => cycle.Formulary.GetAsync(actor, id, ct));

    private static Task<PlanActionResult> Rko(HttpContext http, CycleHost cycle, long id, Func<Actor, Task<PlanActionResult>> command, CancellationToken ct) =>
        Guarded(http, command, actor => cycle.Rko.GetAsync(actor, id, ct));

    /// <summary>
    /// Runs a changing command; if it is refused, the refusal stands only if the caller may read the document (the read
    /// throws 404 otherwise), so a stranger never learns from a refusal what the plan is or where it stands.
    /// </summary>
    private static async Task<T> Guarded<T, TView>(HttpContext http, Func<Actor, Task<T>> command, Func<Actor, Task<TView>> read)
    {
        var actor = http.User.Actor();
        try
        {
            return await command(actor);
        }
        catch (Exception refused) when (refused is not NotFoundException && ProblemMapping.Map(refused) is not null)
        {
            await read(actor);
            throw;
        }
    }

    private static Created<PlanRef> Created(string collection, PlanRef started) =>
        TypedResults.Created($"{ApiEndpoints.Base}/{collection}/{started.DocumentId}", started);
}
