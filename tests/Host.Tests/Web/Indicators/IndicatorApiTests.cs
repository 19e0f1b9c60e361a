using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Requisition.Host.Tests.Web.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>
/// The indicators under /api/v1: the dashboard as JSON with months as YYYY-MM, a bad month as problem details at its
/// field, the drill-down, and the exports (CSV in the documented layout, a workbook with the same rows). Read-only.
/// </summary>
public sealed class IndicatorApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly IndicatorQuery DefaultRange = new(null, new Period(2025, 11), new Period(2026, 10));

    private Actor Ifk => new(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

    private Task<HttpClient> IfkClientAsync() => web.TokenClientAsync(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

    [Fact]
    public async Task Dashboard_WithoutMonths_IsTheLastTwelveClosedMonthsWithEveryFigure()
    {
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange);
        var client = await IfkClientAsync();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators");

        Assert.Equal(("2025-11", "2026-10", true), (json.GetProperty("from").GetString(), json.GetProperty("to").GetString(), json.GetProperty("district").GetBoolean()));
        Assert.Equal(expected.Figures.Select(f => f.Id), json.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        var trend = json.GetProperty("trends").EnumerateArray().First();
        Assert.Equal(12, trend.GetProperty("points").GetArrayLength());
        Assert.Equal("2025-11", trend.GetProperty("points")[0].GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("to=oct", "to")]
    public async Task Dashboard_AMonthThatIsNotAMonth_Answers400AtItsField(string query, string field)
    {
        var client = await IfkClientAsync();

        var response = await client.GetAsync($"/api/v1/indicators?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Details_OfAFigure_AnswerItsColumnsAndRows()
    {
        var expected = await web.Cycle.Indicators.DrillDownAsync(Ifk, DefaultRange, "stockout_time");
        var client = await IfkClientAsync();

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/stockout_time/details?from=2025-11&to=2026-10");

        Assert.Equal(expected.Columns, json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(expected.Rows.Count, json.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Details_OfAnUnknownIndicator_Answers404()
    {
        var client = await IfkClientAsync();

        var response = await client.GetAsync("/api/v1/indicators/no_such_indicator/details");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExportCsv_DownloadsTheDocumentedColumnsWithOneRowPerFigure()
    {
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/api/v1/indicators/export?format=csv&from=2025-11&to=2026-10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var table = CsvTable.Parse(await response.Content.ReadAsStringAsync(), "indikator.csv");
        Assert.Equal(["indicator", "value", "unit", "standard", "meets"], table.Headers);
        Assert.Equal(expected.Figures.Select(f => f.Id), table.Records.Select(r => r.Fields[0]));
        var first = expected.Figures.First(f => f.Value is not null);
        var row = table.Records.Single(r => r.Fields[0] == first.Id).Fields;
        Assert.Equal(Math.Round(first.Value!.Value, 2, MidpointRounding.AwayFromZero), decimal.Parse(row[1], CultureInfo.InvariantCulture));
        Assert.Equal(first.Meets switch { true => "yes", false => "no", null => "" }, row[4]);
    }

    [Fact]
    public async Task ExportXlsx_DownloadsAWorkbookWithTheSameRows()
    {
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/api/v1/indicators/export?format=xlsx&from=2025-11&to=2026-10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = ReadRows(await response.Content.ReadAsByteArrayAsync());
        var header = rows.FindIndex(r => r.FirstOrDefault() == "indicator");
        Assert.True(header >= 0, "no header row");
        Assert.Equal(["indicator", "value", "unit", "standard", "meets"], rows[header]);
        Assert.Equal(expected.Figures.Select(f => f.Id), rows.Skip(header + 1).Select(r => r[0]));
    }

    [Fact]
    public async Task Export_InAnUnknownFormat_Answers400AtTheFormat()
    {
        var client = await IfkClientAsync();

        var response = await client.GetAsync("/api/v1/indicators/export?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("format", out _));
    }

    /// <summary>The first sheet's rows as text (shared strings and inline strings resolved; blanks as "").</summary>
    private static List<List<string>> ReadRows(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!;
        var strings = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = part.WorksheetParts.First().Worksheet;
        return sheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => cell.DataType?.Value switch
        {
            _ when cell.DataType is null => cell.CellValue?.Text ?? "",
            var t when t == CellValues.SharedString => strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)],
            var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
            _ => cell.CellValue?.Text ?? "",
        }).ToList()).ToList();
    }
}
