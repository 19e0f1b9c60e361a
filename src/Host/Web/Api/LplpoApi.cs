using Microsoft.AspNetCore.Mvc;
using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Host.Web.Api;

/// <summary>Tasks and LPLPOs: read, fill in, check, acknowledge, submit, review, ship, receive.</summary>
public static class LplpoApi
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/tasks", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
            Paging.Of(await cycle.Queries.TasksAsync(http.User.Actor(), ct), page, pageSize));

        api.MapGet("/lplpos", async (HttpContext http, CycleHost cycle, string? period, string? status, int? page, int? pageSize, CancellationToken ct) =>
            Paging.Of(await cycle.Queries.LplposAsync(http.User.Actor(), period, Status(status), ct), page, pageSize));

        api.MapGet("/lplpos/{id:long}", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
        {
            var lplpo = await cycle.Queries.LplpoAsync(http.User.Actor(), id, ct);
            ETags.Set(http.Response, lplpo.Id, lplpo.Revision);
            return lplpo;
        });

        api.MapGet("/lplpos/{id:long}/check", async (long id, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            await cycle.Lplpo.CheckAsync(http.User.Actor(), id, ct));

        api.MapPut("/lplpos/{id:long}/draft", async (long id, SaveDraftInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            Answer(http, await cycle.Lplpo.SaveDraftAsync(http.User.Actor(), id, input, ETags.IfMatch(http.Request, id), ct)));

        api.MapPost("/lplpos/{id:long}/submit", async (long id, SubmitInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            Answer(http, await cycle.Lplpo.SubmitAsync(http.User.Actor(), id, input, Key(http), ct, ETags.IfMatch(http.Request, id))));

        api.MapPost("/lplpos/{id:long}/review", async (long id, ReviewInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            Answer(http, await cycle.Lplpo.ReviewAsync(http.User.Actor(), id, input, Key(http), ct, ETags.IfMatch(http.Request, id))));

        api.MapPost("/lplpos/{id:long}/ship", async (long id, ShipInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            Answer(http, await cycle.Lplpo.ShipAsync(http.User.Actor(), id, input, Key(http), ct, ETags.IfMatch(http.Request, id))));

        api.MapPost("/lplpos/{id:long}/receive", async (long id, ReceiveInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            Answer(http, await cycle.Lplpo.ReceiveAsync(http.User.Actor(), id, input, Key(http), ct, ETags.IfMatch(http.Request, id))));

        api.MapPost("/flags/{id:long}/acknowledge", async (long id, AcknowledgeInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            await cycle.Lplpo.AcknowledgeAsync(http.User.Actor(), id, input, ct));
    }

    private static LplpoActionResult Answer(HttpContext http, LplpoActionResult result)
    {
        ETags.Set(http.Response, result.LplpoId, result.Revision);
        return result;
    }

    private static string? Key(HttpContext http) =>
        http.Request.Headers.TryGetValue(IdempotencyHeader, out var key) ? key.ToString() : null;

    private static LplpoStatus? Status(string? status)
    {
        if (status is null) return null;
        return Enum.TryParse<LplpoStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)
            ? parsed
            : throw new CommandRejectedException("status", $"must be one of {string.Join(", ", Enum.GetNames<LplpoStatus>().Select(n => n.ToLowerInvariant()))}");
    }
}
