using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Tests.Web.Imports;

/// <summary>
/// Imports through the REST API: the raw file as the body starts a job (202 and its Location), the job answers its
/// progress and preview, confirm with the preview's SHA-256 in If-Match writes it; another caller sees no such job.
/// </summary>
public sealed class ImportApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Import_PostPollConfirm_WritesTheCatalogItems()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);
        var csv = "drug_code,name,form,strength,unit,generic\nAPI-NEW-1,Kalsium laktat tablet 500 mg,tablet,500,tablet,yes\n";

        var started = await admin.PostAsync("/api/v1/imports?kind=catalog&fileName=catalog.csv", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)));
        var location = started.Headers.Location!.OriginalString;
        var preview = await SettledAsync(admin, location);
        var sha = preview.GetProperty("preview").GetProperty("sha256").GetString()!;
        var stale = await ConfirmAsync(admin, location, new string('0', 64));
        var confirmed = await ConfirmAsync(admin, location, sha);
        var applied = await SettledAsync(admin, location);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("previewed", preview.GetProperty("status").GetString());
        Assert.Equal(1, preview.GetProperty("preview").GetProperty("added").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, confirmed.StatusCode);
        Assert.Equal("applied", applied.GetProperty("status").GetString());
        Assert.Equal(1, applied.GetProperty("result").GetProperty("added").GetInt32());
        await using var db = web.Cycle.Database.CreateDbContext();
        Assert.Contains("API-NEW-1", (await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync()).Select(c => c.Value));
    }

    [Fact]
    public async Task Import_WithABadRow_PreviewsTheErrorAtItsRowAndCannotBeConfirmed()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);
        var csv = "drug_code,name,form,strength,unit,generic\nAPI-BAD-1,Salep 2-4,salep,,tube,kadang\n";

        var started = await admin.PostAsync("/api/v1/imports?kind=catalog&fileName=catalog.csv", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)));
        var preview = await SettledAsync(admin, started.Headers.Location!.OriginalString);
        var error = preview.GetProperty("preview").GetProperty("errors")[0];
        var confirmed = await ConfirmAsync(admin, started.Headers.Location!.OriginalString, preview.GetProperty("preview").GetProperty("sha256").GetString()!);

        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Equal("generic", error.GetProperty("column").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
    }

    [Fact]
    public async Task Import_JobOfAnotherCaller_Answers404()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);
        var officer = await web.TokenClientAsync(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);
        var started = await admin.PostAsync("/api/v1/imports?kind=catalog", new ByteArrayContent(Encoding.UTF8.GetBytes("drug_code,name,form,strength,unit,generic\n")));

        var foreign = await officer.GetAsync(started.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Import_OverTheSizeLimit_Answers413ProblemDetails()
    {
        var admin = await web.TokenClientAsync(web.Users.Administrator, CycleRoles.Administrator, null);

        var response = await admin.PostAsync("/api/v1/imports?kind=catalog", new ByteArrayContent(new byte[ImportService.MaxBytes + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string location, string sha256)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{location}/confirm");
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{sha256}\"");
        return await client.SendAsync(request);
    }

    /// <summary>The job once it is no longer previewing or applying.</summary>
    private static async Task<JsonElement> SettledAsync(HttpClient client, string location)
    {
        for (var attempt = 0; ; attempt++)
        {
            var job = await WebFixture.ReadAsync<JsonElement>(await client.GetAsync(location));
            if (job.GetProperty("status").GetString() is not ("previewing" or "applying")) return job;
            if (attempt > 600) throw new TimeoutException($"{location} is still running after a minute: {job}");
            await Task.Delay(100);
        }
    }
}
