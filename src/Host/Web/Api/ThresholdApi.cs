using Requisition.Host.Web.Accounts;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Web.Api;

/// <summary>The threshold set the rules use: the one in force, its history, the administrator's what-if and revision (with a reason).</summary>
public static class ThresholdApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/thresholds", async (HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var current = await cycle.Thresholds.CurrentAsync(http.User.Actor(), ct);
                http.Response.Headers.ETag = ETag(current.Version);
                return new ThresholdsView(current.Version, current.Values);
            })
            .WithName("get-thresholds").WithSummary("The threshold set in force: its version and every value").Refusals();

        api.MapGet("/thresholds/history", async (HttpContext http, CycleHost cycle, int? page, int? pageSize, CancellationToken ct) =>
                Paging.Of(await cycle.Thresholds.HistoryAsync(http.User.Actor(), ct), page, pageSize))
            .WithName("list-threshold-history").WithSummary("Every revision, newest first: who, when, why and the whole set (paged)").Refusals();

        api.MapPut("/thresholds", async (ReviseThresholdsInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
            {
                var revised = await cycle.Thresholds.ReviseAsync(http.User.Actor(), input, ct, IfMatch(http.Request));
                http.Response.Headers.ETag = ETag(revised.Version);
                return revised;
            })
            .WithName("revise-thresholds")
            .WithSummary("The administrator revises values, with the reason; a new revision, never in place (If-Match: the ETag of the set edited)")
            .Refusals(conflicts: true);

        api.MapPost("/thresholds/what-if", async (WhatIfInput input, HttpContext http, CycleHost cycle, CancellationToken ct) =>
                await cycle.Thresholds.WhatIfAsync(http.User.Actor(), input, ct))
            .WithName("what-if-thresholds")
            .WithSummary("The administrator's preview of a change (writes nothing): the flags that would appear and disappear on the open LPLPOs and the last 12 months, by rule, facility and item")
            .Refusals();
    }

    /// <summary>The ETag of a threshold set: its version.</summary>
    public static string ETag(string version) => $"\"thresholds-{version}\"";

    /// <summary>The version an If-Match names; null without one (or "*").</summary>
    private static string? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        var value = header.Trim('"');
        return value.StartsWith("thresholds-", StringComparison.Ordinal)
            ? value["thresholds-".Length..]
            : throw new CommandRejectedException("If-Match", $"names no threshold set (expected an ETag like {ETag("rev-1")})");
    }

    /// <summary>The set in force as the API shows it.</summary>
    public sealed record ThresholdsView(string Version, IReadOnlyDictionary<string, decimal> Values);
}
