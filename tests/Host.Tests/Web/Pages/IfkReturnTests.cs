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
}
