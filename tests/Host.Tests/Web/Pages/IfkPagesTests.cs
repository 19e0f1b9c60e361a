using System.Net;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>
/// The IFK officer's pages over HTTP: the queue with open flags, the review screen's field errors, approving with an
/// adjusted line, shipping and the SBBK. The first puskesmas's LPLPO is submitted and left waiting for review; the
/// approve-to-SBBK story runs on the second one.
/// </summary>
public sealed partial class IfkPagesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Queue_SubmittedLplpo_IsListedWithItsOpenFlags()
    {
        var lplpo = await IfkPageForms.SubmitDraftAsync(web, 0);
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var open = (await web.Cycle.Queries.LplposAsync(new Actor(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId))).Single(l => l.Id == lplpo.Id).OpenFlags;

        var html = await ifk.GetStringAsync("/Ifk/Queue");

        Assert.Contains("id=\"ifk-queue\"", html, StringComparison.Ordinal);
        var row = QueueRow(html, lplpo.Id);
        Assert.Contains($"data-facility=\"{web.Users.Puskesmas[0]}\"", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Ifk/Review/{lplpo.Id}\"", row, StringComparison.Ordinal);
        Assert.Matches($"data-testid=\"open-flags\">\\s*(<span class=\"badge warning\">)?{open}\\b", row);
        Assert.Contains("2026-10", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_AsAPuskesmasPharmacist_IsForbidden()
    {
        var pharmacist = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var response = await pharmacist.GetAsync("/Ifk/Queue");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Review_AdjustedWithoutAReason_ShowsTheErrorAtTheReasonAndApprovesNothing()
    {
        var lplpo = await IfkPageForms.SubmitDraftAsync(web, 0);
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var line = lplpo.Lines.First(l => l.Requested > 1);
        var page = $"/Ifk/Review/{lplpo.Id}";

        var response = await WebFixture.PostFormAsync(ifk, $"{page}?handler=Approve", new()
        {
            ["Revision"] = lplpo.Revision.ToString(), ["Lines[0].DrugCode"] = line.DrugCode, ["Lines[0].Given"] = (line.Requested - 1).ToString(),
        }, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = IfkPageForms.Row(await response.Content.ReadAsStringAsync(), line.DrugCode);
        Assert.Contains("data-for=\"reasonCategory\"", row, StringComparison.Ordinal);
        Assert.Contains("needs a reason category", row, StringComparison.Ordinal);
        Assert.Equal("submitted", (await web.Cycle.Queries.LplpoAsync(Ifk, lplpo.Id)).Status);
    }

    [Fact]
    public async Task ReviewShipSbbk_OneLineAdjustedWithAReason_IsApprovedShippedAndPrinted()
    {
        var lplpo = await IfkPageForms.SubmitDraftAsync(web, 1);
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var page = $"/Ifk/Review/{lplpo.Id}";
        var form = await ifk.GetStringAsync(page);
        Assert.Contains("data-testid=\"approve\"", form, StringComparison.Ordinal);
        Assert.Contains("option value=\"stock-sufficient\"", form, StringComparison.Ordinal);
        var fields = IfkPageForms.Fields(form);
        IfkPageForms.AcknowledgeAll(form, fields);
        var index = lplpo.Lines.Select((l, i) => (l, i)).First(x => x.l.Requested > 1 && fields[$"Lines[{x.i}].Given"] == x.l.Requested.ToString()).i;
        var adjusted = lplpo.Lines[index];
        fields[$"Lines[{index}].Given"] = (adjusted.Requested - 1).ToString();
        fields[$"Lines[{index}].ReasonCategory"] = "stock-sufficient";
        fields[$"Lines[{index}].Note"] = "stok puskesmas masih cukup";

        var approved = await WebFixture.PostFormAsync(ifk, $"{page}?handler=Approve", fields, page);

        Assert.True(approved.StatusCode == HttpStatusCode.Redirect, await approved.Content.ReadAsStringAsync());
        Assert.Equal("/Ifk/Queue", approved.Headers.Location!.OriginalString);
        var reviewed = await web.Cycle.Queries.LplpoAsync(Ifk, lplpo.Id);
        Assert.Equal(("approved", adjusted.Requested - 1, "StockSufficient"),
            (reviewed.Status, reviewed.Lines[index].Given, reviewed.Lines[index].ReasonCategory));
        Assert.Contains($"href=\"/Ifk/Ship/{lplpo.Id}\"", await ifk.GetStringAsync("/Ifk/Queue"), StringComparison.Ordinal);

        var shipPage = await ifk.GetStringAsync($"/Ifk/Ship/{lplpo.Id}");
        Assert.Contains("id=\"ship-picks\"", shipPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"ship\"", shipPage, StringComparison.Ordinal);
        var shipped = await WebFixture.PostFormAsync(ifk, $"/Ifk/Ship/{lplpo.Id}", IfkPageForms.Fields(shipPage));
        if (shipped.StatusCode == HttpStatusCode.OK)
        {
            // The distribution rules raised warnings: acknowledge them, as the officer would, and ship again.
            var refused = await shipped.Content.ReadAsStringAsync();
            var again = IfkPageForms.Fields(refused);
            IfkPageForms.AcknowledgeAll(refused, again);
            shipped = await WebFixture.PostFormAsync(ifk, $"/Ifk/Ship/{lplpo.Id}", again);
        }

        Assert.True(shipped.StatusCode == HttpStatusCode.Redirect, await shipped.Content.ReadAsStringAsync());
        Assert.Equal($"/Ifk/Sbbk/{lplpo.Id}", shipped.Headers.Location!.OriginalString);
        var note = await web.Cycle.Queries.LplpoAsync(Ifk, lplpo.Id);
        var sbbk = await ifk.GetStringAsync($"/Ifk/Sbbk/{lplpo.Id}");
        Assert.Contains(WebUtility.HtmlEncode(note.IssueNote!), sbbk, StringComparison.Ordinal);
        Assert.NotEmpty(note.Shipped);
        foreach (var line in note.Shipped)
            Assert.Contains($"data-line=\"{line.Id}\" data-drug=\"{line.DrugCode}\"", sbbk, StringComparison.Ordinal);
        Assert.Contains("Yang menyerahkan", sbbk, StringComparison.Ordinal);
        Assert.Contains("Yang menerima", sbbk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stock_IfkOfficer_ListsBatchesWithExpiryBands()
    {
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var stock = await web.Cycle.Queries.StockAsync(Ifk, web.Users.IfkId);

        var html = await ifk.GetStringAsync("/Ifk/Stock");

        Assert.Contains("id=\"ifk-stock\"", html, StringComparison.Ordinal);
        Assert.Equal(stock.Count, Regex.Count(html, "data-expiry-band=\""));
    }

    private Actor Ifk => new(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

    private static string QueueRow(string html, long id)
    {
        var table = html[html.IndexOf("id=\"ifk-queue\"", StringComparison.Ordinal)..];
        var start = table.IndexOf($"<tr data-lplpo=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"LPLPO {id} is not in the queue");
        return table[start..table.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}
