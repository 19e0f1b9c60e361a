using System.Globalization;
using System.Net;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Imports;

/// <summary>
/// The pharmacist's LPLPO import over HTTP: an lplpo.csv of the puskesmas's own October draft, previewed and saved,
/// changes the draft's lines; the LPLPO list links to the import.
/// </summary>
public sealed class LplpoImportPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Page = "/Pharmacy/Lplpo/Import";

    [Fact]
    public async Task Import_LplpoCsvOfTheOwnDraft_ChangesTheDraftLines()
    {
        var facility = web.Users.Puskesmas[0];
        var actor = new Actor(web.Users.One(CycleRoles.Pharmacist, facility), CycleRoles.Pharmacist, facility);
        var draft = (await web.Cycle.Queries.LplposAsync(actor, status: Requisition.Workflows.Persistence.Entities.LplpoStatus.Draft)).First(l => l.FacilityId == facility);
        var before = await web.Cycle.Queries.LplpoAsync(actor, draft.Id);
        var line = before.Lines.First(l => l.Opening + l.Received - l.Lost > 1);
        var used = line.Used > 0 ? line.Used - 1 : 1;
        var closing = line.Opening + line.Received - used - line.Lost;
        var csv = "facility,period,drug_code,opening,received,used,lost,closing,requested,note\n"
                  + string.Create(CultureInfo.InvariantCulture, $"{facility},{before.Period},{line.DrugCode},{line.Opening},{line.Received},{used},{line.Lost},{closing},{line.Requested},Diimpor dari Excel\n");
        var pharmacist = await web.SignInAsync(actor.UserId);

        var list = await pharmacist.GetStringAsync("/Pharmacy/Lplpo");
        var (path, preview) = await ImportPages.FollowAsync(pharmacist, await ImportPages.UploadAsync(pharmacist, Page, "lplpo.csv", csv));
        var result = await ImportPages.SaveAsync(pharmacist, path, preview);
        var after = await web.Cycle.Queries.LplpoAsync(actor, draft.Id);

        Assert.Contains("href=\"/Pharmacy/Lplpo/Import\"", list, StringComparison.Ordinal);
        Assert.Equal(1, ImportPages.Count(preview, "changed"));
        Assert.Contains("data-testid=\"import-result\"", result, StringComparison.Ordinal);
        var changed = after.Lines.Single(l => l.DrugCode == line.DrugCode);
        Assert.Equal((used, closing, "Diimpor dari Excel"), (changed.Used, changed.Closing, changed.Note));
        Assert.True(after.Revision > before.Revision);
    }

    [Fact]
    public async Task Import_LplpoOfAnotherPuskesmas_IsRefusedAtTheFacilityAndChangesNothing()
    {
        var own = web.Users.Puskesmas[0];
        var other = web.Users.Puskesmas[1];
        var pharmacist = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, own));
        var csv = $"facility,period,drug_code,opening,received,used,lost,closing,requested\n{other},2026-10,OBT-NONE,0,0,0,0,0,0\n";

        var (_, html) = await ImportPages.FollowAsync(pharmacist, await ImportPages.UploadAsync(pharmacist, Page, "lplpo.csv", csv));

        Assert.Contains("data-column=\"facility\"", html, StringComparison.Ordinal);
        Assert.False(ImportPages.OffersSave(html));
    }

    [Fact]
    public async Task ImportPage_ForAnAdministrator_IsDenied()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);

        var response = await admin.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
