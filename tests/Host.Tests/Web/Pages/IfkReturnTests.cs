using System.Net;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>The IFK returns an LPLPO for revision: only with a reason, which the pharmacist then sees. A fixture of its own: it sends an LPLPO back.</summary>
public sealed class IfkReturnTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Return_WithoutAReasonThenWithOne_IsRefusedAtTheFieldThenReturned()
    {
        var lplpo = await IfkPageForms.SubmitDraftAsync(web, 0);
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var page = $"/Ifk/Review/{lplpo.Id}";
        var actor = new Actor(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

        var refused = await WebFixture.PostFormAsync(ifk, $"{page}?handler=Return", new() { ["Revision"] = lplpo.Revision.ToString(), ["ReturnReason"] = " " }, page);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var statusAfterRefusal = (await web.Cycle.Queries.LplpoAsync(actor, lplpo.Id)).Status;
        var returned = await WebFixture.PostFormAsync(ifk, $"{page}?handler=Return",
            new() { ["Revision"] = lplpo.Revision.ToString(), ["ReturnReason"] = "Pemakaian amoksisilin tidak sesuai kartu stok." }, page);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-for=\"returnReason\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal("submitted", statusAfterRefusal);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var after = await web.Cycle.Queries.LplpoAsync(actor, lplpo.Id);
        Assert.Equal(("returned", "Pemakaian amoksisilin tidak sesuai kartu stok."), (after.Status, after.ReturnReason));
    }

    [Fact]
    public async Task ApproveClean_OfAnLplpoNotOnThePageTheOfficerSaw_LeavesItForReview()
    {
        var lplpo = await IfkPageForms.SubmitDraftAsync(web, 1);
        var ifk = await web.SignInAsync(web.Users.IfkOfficer);
        var actor = new Actor(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

        // The form as it was before this LPLPO arrived: no ids shown.
        var response = await WebFixture.PostFormAsync(ifk, "/Ifk/Queue?handler=ApproveClean", new(), "/Ifk/Queue");

        var queue = await ifk.GetStringAsync("/Ifk/Queue");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("submitted", (await web.Cycle.Queries.LplpoAsync(actor, lplpo.Id)).Status);
        Assert.Contains($"data-lplpo=\"{lplpo.Id}\"", queue, StringComparison.Ordinal);
        // The notice says nothing was put to approval (not "0 approved, 1 to look at": the LPLPO was never considered).
        Assert.Contains("Tidak ada LPLPO yang menunggu pemeriksaan.", queue, StringComparison.Ordinal);
    }
}
