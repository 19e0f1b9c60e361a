using Microsoft.AspNetCore.Http.HttpResults;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Api;

/// <summary>
/// Tasks, workflow instances and LPLPOs: read, start, fill in, check, acknowledge, submit, review, ship, receive. A read
/// of one LPLPO gives its revision as ETag; a changing call may send it back in If-Match and is refused with 409 if the
/// LPLPO moved on. Submit, review, ship, receive and approve-many take an Idempotency-Key.
/// </summary>
public static class LplpoApi
{
    public const string IdempotencyHeader = ApiEndpoints.IdempotencyHeader;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Queries.TasksAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-tasks").WithSummary("The caller's open tasks, oldest first (paged)").Refusals();

        api.MapGet("/instances", async (HttpContext http, CycleHost cycle, bool? openOnly, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Queries.InstancesAsync(http.User.Actor(), openOnly ?? false, ct), page, pageSize))
            .WithName("list-instances").WithSummary("Workflow instances of the caller's facilities, newest first (paged)").Refusals();

        api.MapGet("/instances/{id:guid}/journal", async (Guid id, HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Queries.JournalAsync(http.User.Actor(), id, ct), page, pageSize))
            .WithName("get-instance-journal").WithSummary("Every step of an instance: who, when, the input and the flags (the timeline; paged)").Refusals();

        api.MapGet("/lplpos", async (HttpContext http, CycleHost cycle, string? period, string? status, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Queries.LplposAsync(http.User.Actor(), period, Status(status), ct), page, pageSize))
            .WithName("list-lplpos").WithSummary("LPLPOs the caller may read, by period (yyyy-MM) and status (paged)").Refusals();

        api.MapPost("/lplpos/months", async (StartMonthInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var started = await cycle.Lplpo.StartMonthAsync(http.User.Actor(), input, ct);
                return TypedResults.Created($"{ApiEndpoints.Base}/lplpos?period={started.Period}", started);
            })
            .WithName("start-month").WithSummary("The IFK starts a month: one LPLPO for each active puskesmas it supplies").Refusals(conflicts: true);

        api.MapPost("/lplpos", async (StartLplpoInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                Created(await cycle.Lplpo.StartAsync(http.User.Actor(), input, ct)))
            .WithName("start-lplpo").WithSummary("Starts one facility's monthly LPLPO (a sub-unit's, or a puskesmas left out of the month)").Refusals(conflicts: true);

        api.MapPost("/lplpos/emergency", async (StartEmergencyInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                Created(await cycle.Lplpo.StartEmergencyAsync(http.User.Actor(), input, ct)))
            .WithName("start-emergency").WithSummary("Starts an emergency request out of cycle, with its justification").Refusals(conflicts: true);

        api.MapGet("/lplpos/{id:long}", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var lplpo = await cycle.Queries.LplpoAsync(http.User.Actor(), id, ct);
                ETags.Set(http.Response, lplpo.Id, lplpo.Revision);
                return lplpo;
            })
            .WithName("get-lplpo").WithSummary("One LPLPO with its lines, flags and SBBK; its revision as ETag").Refusals();

        api.MapGet("/lplpos/{id:long}/check", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Lplpo.CheckAsync(http.User.Actor(), id, ct))
            .WithName("check-lplpo").WithSummary("The flags the step's rules would raise now, stored nowhere").Refusals();

        api.MapPut("/lplpos/{id:long}/draft", async (long id, SaveDraftInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Change(http, cycle, id, actor => cycle.Lplpo.SaveDraftAsync(actor, id, input, ETags.IfMatch(http.Request, id), ct), ct))
            .WithName("save-lplpo-draft").WithSummary("Saves draft lines (If-Match: the revision read)").Refusals(conflicts: true);

        api.MapPost("/lplpos/{id:long}/submit", async (long id, SubmitInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Change(http, cycle, id, actor => cycle.Lplpo.SubmitAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct, ETags.IfMatch(http.Request, id)), ct))
            .WithName("submit-lplpo").WithSummary("Submits the LPLPO; the lplpo rules run (If-Match, Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/lplpos/{id:long}/review", async (long id, ReviewInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Change(http, cycle, id, actor => cycle.Lplpo.ReviewAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct, ETags.IfMatch(http.Request, id)), ct))
            .WithName("review-lplpo").WithSummary("Approves (adjusting lines with reasons) or returns the LPLPO (If-Match, Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/lplpos/{id:long}/ship", async (long id, ShipInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Change(http, cycle, id, actor => cycle.Lplpo.ShipAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct, ETags.IfMatch(http.Request, id)), ct))
            .WithName("ship-lplpo").WithSummary("Ships what was given: FEFO picks and the SBBK (If-Match, Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/lplpos/{id:long}/receive", async (long id, ReceiveInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await Change(http, cycle, id, actor => cycle.Lplpo.ReceiveAsync(actor, id, input, ApiEndpoints.IdempotencyKey(http), ct, ETags.IfMatch(http.Request, id)), ct))
            .WithName("receive-lplpo").WithSummary("Confirms receipt of the SBBK line by line (If-Match, Idempotency-Key)").Refusals(conflicts: true);

        api.MapPost("/lplpos/approve-many", async (ApproveManyInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Lplpo.ApproveManyAsync(http.User.Actor(), input, ApiEndpoints.IdempotencyKey(http), ct))
            .WithName("approve-many-lplpos").WithSummary("Approves the clean LPLPOs among those named, as requested; lists the others with why (Idempotency-Key)").Refusals(conflicts: true);

        api.MapGet("/lplpos/allocation-suggestions", async (HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Lplpo.SuggestAllocationAsync(http.User.Actor(), ct))
            .WithName("suggest-allocation").WithSummary("Proportional shares of the items the supplier cannot give in full").Refusals();

        api.MapPost("/flags/{id:long}/acknowledge", async (long id, AcknowledgeInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                try
                {
                    return await cycle.Lplpo.AcknowledgeAsync(http.User.Actor(), id, input, ct);
                }
                catch (AccessDeniedException)
                {
                    // A flag of a facility outside the caller's scope does not exist for it (the refusal would name the facility).
                    throw new NotFoundException($"no flag {id}");
                }
            })
            .WithName("acknowledge-flag").WithSummary("Acknowledges a stored warning with a reason").Refusals(conflicts: true);
    }

    /// <summary>
    /// Runs a changing LPLPO command and answers with the new revision as ETag. A refusal of a change to an LPLPO the
    /// caller may not even read answers 404, whatever refused it first (its input, its state), so that a refusal never
    /// tells a stranger what the document is or where it stands.
    /// </summary>
    private static async Task<LplpoActionResult> Change(HttpContext http, CycleHost cycle, long id, Func<Actor, Task<LplpoActionResult>> command, CancellationToken ct)
    {
        var actor = http.User.Actor();
        LplpoActionResult result;
        try
        {
            result = await command(actor);
        }
        catch (Exception refused) when (refused is not NotFoundException && ProblemMapping.Map(refused) is not null)
        {
            await cycle.Queries.LplpoAsync(actor, id, ct);
            throw;
        }
        ETags.Set(http.Response, result.LplpoId, result.Revision);
        return result;
    }

    private static Created<LplpoRef> Created(LplpoRef started) =>
        TypedResults.Created($"{ApiEndpoints.Base}/lplpos/{started.LplpoId}", started);

    private static LplpoStatus? Status(string? status)
    {
        if (status is null) return null;
        return Enum.TryParse<LplpoStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)
            ? parsed
            : throw new CommandRejectedException("status", $"must be one of {string.Join(", ", Enum.GetNames<LplpoStatus>().Select(n => n.ToLowerInvariant()))}");
    }
}
