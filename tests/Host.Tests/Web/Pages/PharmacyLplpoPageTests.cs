using System.Net;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Api;
using Requisition.Rules.Engine.Model;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>
/// The pharmacist's LPLPO pages over HTTP: the editor's grid, its field errors and flags, submitting with
/// acknowledgements, receipt of the delivery, and the timeline that shows every flag and how it was settled. Tests that
/// change the first puskesmas's draft leave it submittable; the submit-to-receipt story runs on the second one.
/// </summary>
public sealed partial class PharmacyLplpoPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Reason = "Sudah dicek dengan kartu stok.";

    [Fact]
    public async Task Editor_OwnDraft_RendersOneRowPerLineWithEditableFields()
    {
        var (client, lplpo) = await DraftOfAsync(0);

        var html = await client.GetStringAsync($"/Pharmacy/Lplpo/Edit/{lplpo.Id}");

        Assert.Contains("id=\"lplpo-grid\"", html, StringComparison.Ordinal);
        foreach (var line in lplpo.Lines)
            Assert.Contains($"data-drug=\"{line.DrugCode}\"", html, StringComparison.Ordinal);
        foreach (var field in new[] { "used", "lost", "closing", "stockoutDays", "requested", "note" })
            Assert.Equal(lplpo.Lines.Count, Regex.Count(html, $"data-field=\"{field}\""));
        Assert.Contains("data-testid=\"submit-lplpo\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-etag=\"{WebUtility.HtmlEncode(ETags.Lplpo(lplpo.Id, lplpo.Revision))}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_AnotherPuskesmasLplpo_Answers404()
    {
        var (_, other) = await DraftOfAsync(1);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var page = await client.GetAsync($"/Pharmacy/Lplpo/Edit/{other.Id}");
        var receipt = await client.GetAsync($"/Pharmacy/Receipt/{other.Id}");
        var timeline = await client.GetAsync($"/Requisitions/Timeline/{other.Id}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, receipt.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, timeline.StatusCode);
    }

    [Fact]
    public async Task SaveDraft_ANegativeUse_ShowsTheErrorAtTheFieldAndChangesNothing()
    {
        var (client, lplpo) = await DraftOfAsync(0);
        var line = lplpo.Lines[2];

        var response = await WebFixture.PostFormAsync(client, $"/Pharmacy/Lplpo/Edit/{lplpo.Id}?handler=save", new()
        {
            ["Lines[0].DrugCode"] = line.DrugCode, ["Lines[0].Used"] = "-5",
        }, $"/Pharmacy/Lplpo/Edit/{lplpo.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"errors\"", html, StringComparison.Ordinal);
        var row = Row(html, line.DrugCode);
        Assert.Contains("must not be negative", row, StringComparison.Ordinal);
        Assert.Contains("value=\"-5\"", row, StringComparison.Ordinal);
        var after = await LplpoAsync(client, lplpo.Id);
        Assert.Equal((lplpo.Revision, line.Used), (after.Revision, after.Lines[2].Used));
    }

    [Fact]
    public async Task SaveDraft_PostedOnARevisionSomeoneMovedOn_IsRefusedAndKeepsTheOtherChange()
    {
        var (client, lplpo) = await DraftOfAsync(0);
        var line = lplpo.Lines[3];
        var edit = $"/Pharmacy/Lplpo/Edit/{lplpo.Id}";
        // Someone else (another tab, the API) saves the draft after this form was opened at lplpo.Revision.
        var other = await web.Cycle.Lplpo.SaveDraftAsync(new Actor(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]), CycleRoles.Pharmacist, web.Users.Puskesmas[0]),
            lplpo.Id, new SaveDraftInput([new DraftLine(line.DrugCode, StockoutDays: 2)]));

        var response = await WebFixture.PostFormAsync(client, edit + "?handler=save", new()
        {
            ["Revision"] = lplpo.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Lines[0].DrugCode"] = line.DrugCode, ["Lines[0].StockoutDays"] = "9",
        }, edit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Data berubah, muat ulang halaman", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await LplpoAsync(client, lplpo.Id);
        Assert.Equal((other.Revision, 2), (after.Revision, after.Lines[3].StockoutDays));
    }

    [Fact]
    public async Task SaveDraft_AClosingStockOfYears_ShowsExcessStockOnItsRow()
    {
        var (client, lplpo) = await DraftOfAsync(0);
        var line = lplpo.Lines.First(l => l.Optimum is > 0);

        var saved = await WebFixture.PostFormAsync(client, $"/Pharmacy/Lplpo/Edit/{lplpo.Id}?handler=save", new()
        {
            ["Lines[0].DrugCode"] = line.DrugCode, ["Lines[0].Closing"] = (line.Optimum!.Value * 100).ToString(),
        }, $"/Pharmacy/Lplpo/Edit/{lplpo.Id}");
        var html = await client.GetStringAsync($"/Pharmacy/Lplpo/Edit/{lplpo.Id}");
        // Put it back, so the draft stays as the demo left it for the other tests.
        await client.PutAsync($"/api/v1/lplpos/{lplpo.Id}/draft", Json(new SaveDraftInput([new DraftLine(line.DrugCode, Closing: line.Closing)])));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = Row(html, line.DrugCode);
        Assert.Contains($"data-rule=\"EXCESS_STOCK\" data-drug=\"{line.DrugCode}\"", row, StringComparison.Ordinal);
        Assert.Contains($"data-ack-rule=\"EXCESS_STOCK\" data-ack-drug=\"{line.DrugCode}\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitThenReceive_WarningsAcknowledgedOnThePage_ReachTheTimelineWithTheirReasons()
    {
        var (client, lplpo) = await DraftOfAsync(1);
        var line = lplpo.Lines.First(l => l.Closing > 0);
        var edit = $"/Pharmacy/Lplpo/Edit/{lplpo.Id}";
        await WebFixture.PostFormAsync(client, edit + "?handler=save", new() { ["Lines[0].DrugCode"] = line.DrugCode, ["Lines[0].StockoutDays"] = "4" }, edit);
        await WriteOffExpiringAsync(client, lplpo.Id);
        var acks = AckInputs().Matches(await client.GetStringAsync(edit)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();

        var refused = await WebFixture.PostFormAsync(client, edit + "?handler=submit", [], edit);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var submitted = await WebFixture.PostFormAsync(client, edit + "?handler=submit", acks.ToDictionary(a => a, _ => Reason), edit);

        Assert.Contains($"ack|STOCK_OUT|{line.DrugCode}", acks);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("class=\"errors\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("STOCK_OUT", refusedHtml[refusedHtml.IndexOf("class=\"errors\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/Requisitions/Timeline/{lplpo.Id}", submitted.Headers.Location!.OriginalString);
        var timeline = await client.GetStringAsync($"/Requisitions/Timeline/{lplpo.Id}");
        var flag = FlagElement(timeline, "STOCK_OUT", line.DrugCode);
        Assert.Contains("acknowledged", flag, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(Reason), flag, StringComparison.Ordinal);

        // The IFK approves and ships; the pharmacist rejects two units of the first SBBK line.
        await ApproveAndShipAsync(lplpo.Id);
        var shipped = (await LplpoAsync(client, lplpo.Id)).Shipped;
        var first = shipped[0];
        var receipt = $"/Pharmacy/Receipt/{lplpo.Id}";
        var form = await client.GetStringAsync(receipt);
        var received = await WebFixture.PostFormAsync(client, receipt, new()
        {
            ["Lines[0].IssueLineId"] = first.Id.ToString(), ["Lines[0].Accepted"] = (first.Quantity - 2).ToString(),
            ["Lines[0].Rejected"] = "2", ["Lines[0].Reason"] = "Dua kotak rusak",
        });

        Assert.Contains($"data-line=\"{first.Id}\" data-drug=\"{first.DrugCode}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var after = await client.GetStringAsync($"/Requisitions/Timeline/{lplpo.Id}");
        var mismatch = FlagElement(after, "RECEIPT_MISMATCH", first.DrugCode);
        Assert.Contains("Dua kotak rusak", mismatch, StringComparison.Ordinal);
        Assert.Contains("data-status=\"acknowledged\"", mismatch, StringComparison.Ordinal);
        Assert.Contains("confirm", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stock_OwnFacility_ShowsMonthsOfStockAsStockOverAverageUse()
    {
        var pharmacist = web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]);
        var client = await web.SignInAsync(pharmacist);
        var summary = await web.Cycle.Facility.StockAsync(new Actor(pharmacist, CycleRoles.Pharmacist, web.Users.Puskesmas[0]), web.Users.Puskesmas[0]);

        var html = await client.GetStringAsync("/Pharmacy/Stock");

        var item = summary.Items.First(i => i.Total > 0 && i.AverageMonthlyUse > 0);
        Assert.Equal(item.Total / item.AverageMonthlyUse, item.MonthsOfStock);
        var row = html[html.IndexOf($"<tr data-drug=\"{item.DrugCode}\"", StringComparison.Ordinal)..];
        var months = item.MonthsOfStock!.Value.ToString("N1", Requisition.Host.Web.Localization.Cultures.Id);
        Assert.Contains($"data-cell=\"months-of-stock\">{months}<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>Separates, through the stock page, every batch whose NEAR_EXPIRY is an error on the draft (it cannot be acknowledged).</summary>
    private async Task WriteOffExpiringAsync(HttpClient client, long lplpoId)
    {
        var flags = await WebFixture.ReadAsync<List<FlagView>>(await client.GetAsync($"/api/v1/lplpos/{lplpoId}/check"));
        var lplpo = await LplpoAsync(client, lplpoId);
        var pharmacist = new Actor(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId), CycleRoles.Pharmacist, lplpo.FacilityId);
        var stock = await web.Cycle.Queries.StockAsync(pharmacist, lplpo.FacilityId);
        foreach (var flag in flags.Where(f => f.Rule == "NEAR_EXPIRY" && f.Severity == Severity.Error))
        {
            var batch = stock.Single(b => b.DrugCode == flag.DrugCode && b.Batch == flag.Subject);
            var response = await WebFixture.PostFormAsync(client, "/Pharmacy/Stock?handler=writeOff", new()
            {
                ["WriteOff.DrugCode"] = batch.DrugCode, ["WriteOff.Batch"] = batch.Batch, ["WriteOff.FundSource"] = batch.Source,
                ["WriteOff.Quantity"] = batch.Quantity.ToString(), ["WriteOff.Reason"] = "Dipisahkan: hampir kedaluwarsa",
            }, "/Pharmacy/Stock");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    private async Task<(HttpClient Client, LplpoView Lplpo)> DraftOfAsync(int puskesmas)
    {
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[puskesmas]));
        var list = await WebFixture.ReadAsync<Paged<LplpoSummary>>(await client.GetAsync("/api/v1/lplpos?status=draft"));
        var draft = list.Items.Single(l => l.FacilityId == web.Users.Puskesmas[puskesmas]);
        return (client, await LplpoAsync(client, draft.Id));
    }

    private static async Task<LplpoView> LplpoAsync(HttpClient client, long id) =>
        await WebFixture.ReadAsync<LplpoView>(await client.GetAsync($"/api/v1/lplpos/{id}"));

    /// <summary>The IFK officer approves as requested and ships, acknowledging whatever warnings each step raises.</summary>
    private async Task ApproveAndShipAsync(long id)
    {
        var ifk = new Actor(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);
        var cycle = web.Cycle;
        var review = Acknowledge(await cycle.Lplpo.CheckAsync(ifk, id));
        // Items the IFK cannot give in full are given none, for want of stock.
        var lines = new List<ReviewLine>();
        for (var tries = 0; ; tries++)
        {
            try
            {
                await cycle.Lplpo.ReviewAsync(ifk, id, new ReviewInput(ReviewInput.Approve, Lines: lines, Acknowledgements: review));
                break;
            }
            catch (CommandRejectedException refused) when (tries < 3)
            {
                lines.AddRange(refused.Errors.Select(e => ShortLine().Match(e.Field)).Where(m => m.Success)
                    .Select(m => new ReviewLine(m.Groups[1].Value, 0, ReasonCategory: Requisition.Workflows.Persistence.Entities.AdjustmentReason.SupplierStockShort)));
                review = [.. review, .. Acknowledge(refused.Flags).Where(a => review.All(r => r.Rule != a.Rule))];
            }
        }
        try
        {
            await cycle.Lplpo.ShipAsync(ifk, id, new ShipInput());
        }
        catch (CommandRejectedException refused)
        {
            await cycle.Lplpo.ShipAsync(ifk, id, new ShipInput(Acknowledge(refused.Flags)));
        }
    }

    private static List<Acknowledgement> Acknowledge(IEnumerable<FlagView> flags) =>
        flags.Where(f => f.Severity == Severity.Warning).Select(f => f.Rule).Distinct().Select(r => new Acknowledgement(r, null, null, Reason)).ToList();

    private static StringContent Json<T>(T value) =>
        new(System.Text.Json.JsonSerializer.Serialize(value, ApiJson.Options), System.Text.Encoding.UTF8, "application/json");

    /// <summary>The markup of the grid row of an item.</summary>
    private static string Row(string html, string drugCode)
    {
        var start = html.IndexOf($"<tr data-drug=\"{drugCode}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row for {drugCode}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>The markup of the flag of a rule on an item.</summary>
    private static string FlagElement(string html, string rule, string drugCode)
    {
        var start = html.IndexOf($"data-rule=\"{rule}\" data-drug=\"{drugCode}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {rule} flag on {drugCode}");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex(@"^lines\[([^\]]+)\]\.given$")]
    private static partial Regex ShortLine();

    [GeneratedRegex("<input type=\"text\" name=\"([^\"]+)\" data-ack-rule=")]
    private static partial Regex AckInputs();
}
