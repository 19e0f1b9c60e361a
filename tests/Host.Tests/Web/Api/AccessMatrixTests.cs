using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Requisition.Host.Tests.Web.Api.Support;
using Requisition.Host.Web.Api;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Api;

/// <summary>
/// Every endpoint of the REST API for every role, on the caller's own puskesmas and on a foreign one (the table is
/// <see cref="AccessMatrix"/>): the answer's class is the one expected, never a 500, a refused caller sees nothing of the
/// object, and a refused change writes nothing.
/// </summary>
public sealed class AccessMatrixTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    [Fact]
    public void Matrix_CoversEveryApiEndpoint()
    {
        var rows = AccessMatrix.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = ApiEndpointKeys(fixture.Web.Services).Where(k => !rows.Contains(k)).ToList();
        var stale = rows.Where(r => !ApiEndpointKeys(fixture.Web.Services).Contains(r)).ToList();

        Assert.True(missing.Count == 0, $"endpoints without a row in AccessMatrix.Rows (add one for each): {string.Join("; ", missing)}");
        Assert.True(stale.Count == 0, $"rows of AccessMatrix.Rows for endpoints that do not exist: {string.Join("; ", stale)}");
    }

    [Fact]
    public async Task EveryEndpoint_ForEveryRoleOnOwnAndForeignPuskesmas_AnswersAsTheMatrixSays()
    {
        var failures = new List<string>();
        var cells = 0;

        foreach (var row in AccessMatrix.Rows)
        foreach (var (role, client) in fixture.Clients)
        foreach (var own in new[] { true, false })
        {
            cells++;
            var targets = own ? fixture.Own : fixture.Foreign;
            var expect = row.Expectation(role, own);
            var changing = row.Method != "GET";
            var before = changing ? await DatabaseFingerprint.OfAsync(fixture.Web.Cycle.Database) : null;
            using var request = Request(row, targets);
            var asked = request.RequestUri + (request.Content is null ? "" : await request.Content.ReadAsStringAsync());
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            // An answer may repeat what the caller asked for (a facility id in the path); it must not tell what it did not ask.
            var failure = Judge(expect, (int)response.StatusCode, body, asked.Contains(fixture.Foreign.Facility, StringComparison.Ordinal) ? null : fixture.Foreign.Facility);
            if (failure is null && changing && expect != Expect.Ok && (int)response.StatusCode >= 300
                && before != await DatabaseFingerprint.OfAsync(fixture.Web.Cycle.Database))
                failure = "was refused but wrote to the database";
            if (failure is not null)
                failures.Add($"{row.Key} as {role} on {(own ? "own" : "foreign")} puskesmas: expected {expect}, got {(int)response.StatusCode} — {failure}: {Shorten(body)}");
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells failed:\n{string.Join("\n", failures)}");
    }

    /// <summary>Every /api/v1 endpoint of the app as "METHOD /route".</summary>
    public static IReadOnlyList<string> ApiEndpointKeys(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(ApiEndpoints.Base + "/", StringComparison.Ordinal) == true)
            .Where(e => !e.RoutePattern.RawText!.Contains("openapi", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static HttpRequestMessage Request(AccessRow row, Targets targets)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.Path(targets));
        if (row.Body?.Invoke(targets) is { } body) request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
        if (row.IfMatch?.Invoke(targets) is { } etag) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    /// <summary>Why the answer does not fit the expectation, or null if it does.</summary>
    private static string? Judge(Expect expect, int status, string body, string? foreignFacility)
    {
        if (status >= 500) return "a server error";
        var ok = status is >= 200 and < 300;
        var fits = expect switch
        {
            Expect.Ok or Expect.OkOwnOnly => ok,
            Expect.Passes => ok || status is 400 or 409,
            Expect.Denied => status is 403 or 404,
            Expect.Refused => status is 400 or 403 or 404 or 409,
            Expect.Missing => status == 404,
            _ => false,
        };
        if (!fits) return "another status";
        if (expect is Expect.Denied or Expect.OkOwnOnly && foreignFacility is not null && body.Contains(foreignFacility, StringComparison.Ordinal))
            return $"the answer names the foreign puskesmas {foreignFacility}";
        return null;
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
