using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Api;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Api;

/// <summary>
/// What every client of the REST API relies on: refusals as problem details at the field path, paged lists, an LPLPO's
/// ETag refusing a stale change with 409, a retried call with the same Idempotency-Key answering as the first, and an
/// OpenAPI document naming every endpoint. Changes are made on the second puskesmas's draft only.
/// </summary>
public sealed class ApiContractTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task SaveDraft_WithABadLine_AnswersProblemDetailsAtTheFieldPath()
    {
        var (client, id) = await DraftAsync(web.Users.Puskesmas[1]);

        var response = await client.PutAsJsonAsync($"/api/v1/lplpos/{id}/draft",
            new SaveDraftInput([new DraftLine("OBT-NONE", Used: 1), new DraftLine("NO-SUCH-ITEM", Used: 1)]), ApiJson.Options);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[1].drugCode", out _), problem.ToString());
    }

    [Fact]
    public async Task Lists_ArePagedAndABadPageIsRefusedNamingIt()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);

        var all = await WebFixture.ReadAsync<Paged<LplpoSummary>>(await admin.GetAsync("/api/v1/lplpos?pageSize=500"));
        var second = await WebFixture.ReadAsync<Paged<LplpoSummary>>(await admin.GetAsync("/api/v1/lplpos?page=2&pageSize=1"));
        var bad = await admin.GetAsync("/api/v1/lplpos?page=0");

        Assert.True(all.Total >= 2, $"{all.Total} LPLPOs");
        Assert.Equal((2, 1, all.Total), (second.Page, second.PageSize, second.Total));
        Assert.Equal(all.Items[1].Id, Assert.Single(second.Items).Id);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task SaveDraft_WithAStaleIfMatch_Answers409AndChangesNothing()
    {
        var (client, id) = await DraftAsync(web.Users.Puskesmas[1]);
        var read = await client.GetAsync($"/api/v1/lplpos/{id}");
        var etag = read.Headers.ETag!.ToString();
        var view = await WebFixture.ReadAsync<LplpoView>(read);
        var line = view.Lines[0];
        var first = await Put(client, id, etag, new DraftLine(line.DrugCode, StockoutDays: (line.StockoutDays + 1) % 3));
        var afterFirst = await client.GetAsync($"/api/v1/lplpos/{id}");
        var before = await afterFirst.Content.ReadAsStringAsync();

        var stale = await Put(client, id, etag, new DraftLine(line.DrugCode, StockoutDays: 5));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(ETags.Lplpo(id, view.Revision + 1), first.Headers.ETag!.ToString());
        Assert.Equal(first.Headers.ETag, afterFirst.Headers.ETag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(before, await client.GetStringAsync($"/api/v1/lplpos/{id}"));
    }

    [Fact]
    public async Task ReviseThresholds_WithTheETagOfAnOlderSet_Answers409AndWritesNothing()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);
        var read = await admin.GetAsync("/api/v1/thresholds");
        var seen = read.Headers.ETag!.Tag;
        var first = new HttpRequestMessage(HttpMethod.Put, "/api/v1/thresholds")
        {
            Content = JsonContent.Create(new ReviseThresholdsInput(new Dictionary<string, decimal> { ["excess_months"] = 20m }, "Rapat Dinkes: batas berlebih 20 bulan")),
        };
        first.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(seen));
        var saved = await admin.SendAsync(first);
        var history = (await WebFixture.ReadAsync<Paged<ThresholdRevisionView>>(await admin.GetAsync("/api/v1/thresholds/history"))).Total;

        // A second administrator's save, made on the set as it was before the first one.
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/thresholds")
        {
            Content = JsonContent.Create(new ReviseThresholdsInput(new Dictionary<string, decimal> { ["excess_months"] = 24m }, "Usulan lama")),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(seen));
        var refused = await admin.SendAsync(stale);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(seen, saved.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(history, (await WebFixture.ReadAsync<Paged<ThresholdRevisionView>>(await admin.GetAsync("/api/v1/thresholds/history"))).Total);
        var now = await admin.GetStringAsync("/api/v1/thresholds");
        Assert.Contains("\"excess_months\":20", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApproveMany_RetriedWithTheSameIdempotencyKey_AnswersAsTheFirstTime()
    {
        var ifk = await web.TokenClientAsync(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);
        var key = Guid.NewGuid().ToString("N");

        var first = await Send(ifk, key);
        var retry = await Send(ifk, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        static Task<HttpResponseMessage> Send(HttpClient client, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/lplpos/approve-many") { Content = JsonContent.Create(new ApproveManyInput([999_999_999])) };
            request.Headers.Add(ApiEndpoints.IdempotencyHeader, key);
            return client.SendAsync(request);
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryEndpointWithANameAndSummary()
    {
        var document = JsonDocument.Parse(await web.Anonymous().GetStringAsync("/api/v1/openapi.json")).RootElement;
        var described = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Key: $"{o.Name.ToUpperInvariant()} {p.Name}", Operation: o.Value)))
            .ToDictionary(x => x.Key, x => x.Operation);

        var endpoints = AccessMatrixTests.ApiEndpointKeys(web.Services)
            .Select(k => System.Text.RegularExpressions.Regex.Replace(k, @"\{(\w+):[^}]+\}", "{$1}")).ToList();

        var missing = endpoints.Where(e => !described.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, $"not in the OpenAPI document: {string.Join("; ", missing)}");
        var unnamed = endpoints.Where(e => !described[e].TryGetProperty("operationId", out _) || !described[e].TryGetProperty("summary", out _)).ToList();
        Assert.True(unnamed.Count == 0, $"without operationId or summary: {string.Join("; ", unnamed)}");
    }

    private static async Task<HttpResponseMessage> Put(HttpClient client, long id, string etag, DraftLine line)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/lplpos/{id}/draft") { Content = JsonContent.Create(new SaveDraftInput([line])) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }

    private async Task<(HttpClient Client, long Id)> DraftAsync(string facility)
    {
        var client = await web.TokenClientAsync(web.Users.One(CycleRoles.Pharmacist, facility), CycleRoles.Pharmacist, facility);
        var drafts = await WebFixture.ReadAsync<Paged<LplpoSummary>>(await client.GetAsync("/api/v1/lplpos?status=draft"));
        return (client, drafts.Items.First(l => l.FacilityId == facility).Id);
    }
}
