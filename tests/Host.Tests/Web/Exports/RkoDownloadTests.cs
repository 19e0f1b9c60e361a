using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Requisition.Host.Tests.Web.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Tests.Web.Exports;

/// <summary>The RKO downloads: rko.csv that the RKO reader reads back, and an .xlsx with every line.</summary>
public sealed class RkoDownloadTests(WebFixture web) : IClassFixture<WebFixture>, IAsyncLifetime
{
    private RkoView _rko = null!;

    public async Task InitializeAsync()
    {
        // xUnit makes one instance per test: the first one starts the 2027 RKO, the others find it.
        var pharmacist = ExportSupport.Pharmacist(web, 0);
        var existing = (await web.Cycle.Facility.PlansAsync(pharmacist)).FirstOrDefault(p => p.Kind == "rko" && p.Year == 2027 && p.FacilityId == pharmacist.FacilityId);
        var id = existing?.Id ?? (await web.Cycle.Rko.StartAsync(pharmacist, new StartPlanInput(2027))).DocumentId;
        _rko = await web.Cycle.Rko.GetAsync(pharmacist, id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CsvDownload_ParsesWithTheRkoReader_WithTheLinesOfTheApi()
    {
        var client = await ExportSupport.PharmacistClientAsync(web, 0);

        var response = await client.GetAsync($"/api/v1/rkos/{_rko.Id}/export?format=csv");
        var lines = RkoCsv.Read(CsvTable.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()), "rko.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"RKO_{_rko.FacilityId}_2027.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotEmpty(lines);
        Assert.Equal(
            _rko.Lines.Select(l => (l.DrugCode, Round(l.AvgMonthlyUse), Round(l.AnnualUse), Round(l.SafetyStock), Round(l.LeadTimeStock), l.RemainingStock, l.PlannedNeed)),
            lines.Select(l => (l.DrugCode.Value, l.AvgMonthlyUse, l.AnnualUse, l.SafetyStock, l.LeadTimeStock, l.RemainingStock, l.PlannedNeed)));
        Assert.All(lines, l => Assert.Equal(new FacilityId(_rko.FacilityId), l.Facility));
    }

    [Fact]
    public async Task XlsxDownload_HoldsEveryLineWithItsPlannedNeedAsANumber()
    {
        var client = await ExportSupport.PharmacistClientAsync(web, 0);

        var response = await client.GetAsync($"/api/v1/rkos/{_rko.Id}/export?format=xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().ToList()).Where(c => c.Count >= 9).Skip(1).ToList();
        Assert.Equal(_rko.Lines.Count, rows.Count);
        foreach (var (line, cells) in _rko.Lines.Zip(rows))
        {
            Assert.Equal(line.DrugCode, cells[0].InlineString!.InnerText);
            Assert.Equal(line.PlannedNeed.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[8].CellValue!.Text);
        }
    }

    [Fact]
    public async Task Download_OfAnotherPuskesmasRko_Is404()
    {
        var client = await ExportSupport.PharmacistClientAsync(web, 1);

        var response = await client.GetAsync($"/api/v1/rkos/{_rko.Id}/export?format=csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RkoPage_LinksToBothDownloads()
    {
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, _rko.FacilityId));

        var html = await client.GetStringAsync($"/Pharmacy/Rko/{_rko.Id}");

        Assert.Contains($"href=\"/api/v1/rkos/{_rko.Id}/export?format=xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/rkos/{_rko.Id}/export?format=csv\"", html, StringComparison.Ordinal);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
