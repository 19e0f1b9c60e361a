using System.Net;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles.Xlsx;

namespace Requisition.Host.Tests.Web.Exports;

/// <summary>The LPLPO's .xlsx download: the official layout that reads back with the numbers the API gives.</summary>
public sealed class LplpoDownloadTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Download_OfADemoLplpo_ReadsBackWithTheSameNumbersAsTheApi()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await ExportSupport.PharmacistClientAsync(web, 0);
        var fromApi = await WebFixture.ReadAsync<LplpoView>(await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}"));

        var response = await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}/export?format=xlsx");
        var read = LplpoWorkbook.Read(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), "download.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(read.Errors);
        Assert.Equal((fromApi.FacilityId, fromApi.Period), (read.Value!.Header.FacilityCode, read.Value.Header.Period.ToString()));
        Assert.Equal(
            fromApi.Lines.Select(l => (l.DrugCode, l.Name, l.Opening, l.Received, l.Used, l.Lost, l.Closing, (int?)l.StockoutDays, l.Optimum, l.Requested, l.Given, l.Note))
                .OrderBy(l => l.DrugCode, StringComparer.Ordinal),
            read.Value.Lines.Select(l => (l.DrugCode, l.Name, l.Opening, l.Received, l.Used, l.Lost, l.Closing, l.StockoutDays, l.Optimum, l.Requested, l.Given, l.Note))
                .OrderBy(l => l.DrugCode, StringComparer.Ordinal));
        Assert.Contains(read.Value.Lines, l => l.Given is not null);
    }

    [Fact]
    public async Task Download_IsAnAttachmentNamedAfterFacilityAndPeriod_NeverCached()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await ExportSupport.PharmacistClientAsync(web, 0);

        var response = await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"LPLPO_{lplpo.FacilityId}_{lplpo.Period}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    [Fact]
    public async Task Download_ByTheDistrict_IsAllowedForAnyOfItsPuskesmas()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 1);
        var ifk = await web.TokenClientAsync(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

        var response = await ifk.GetAsync($"/api/v1/lplpos/{lplpo.Id}/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Download_OfAnotherPuskesmasLplpo_Is404AndNamesNothingOfIt()
    {
        var other = await ExportSupport.ClosedLplpoAsync(web, 1);
        var client = await ExportSupport.PharmacistClientAsync(web, 0);

        var response = await client.GetAsync($"/api/v1/lplpos/{other.Id}/export?format=xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(other.FacilityId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_InAnotherFormat_Is400NamingTheFormats()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await ExportSupport.PharmacistClientAsync(web, 0);

        var response = await client.GetAsync($"/api/v1/lplpos/{lplpo.Id}/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be xlsx", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
