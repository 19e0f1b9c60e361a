using System.Net;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>The administrator's pages over HTTP: thresholds with a required reason and their history, reference lists, users.</summary>
public sealed partial class AdminPagesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Thresholds_ChangeWithoutThenWithAReason_IsRefusedAtTheReasonThenTopsTheHistory()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var page = await admin.GetStringAsync("/Admin/Thresholds");
        Assert.Contains("data-threshold=\"excess_months\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save-thresholds\"", page, StringComparison.Ordinal);

        var refused = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds", new() { ["Values[excess_months]"] = "24", ["Reason"] = "" });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var saved = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds", new() { ["Values[excess_months]"] = "24", ["Reason"] = "Rapat koordinasi kabupaten" });
        var after = await admin.GetStringAsync("/Admin/Thresholds");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-for=\"reason\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("class=\"notice\"", after, StringComparison.Ordinal);
        var history = after[after.IndexOf("id=\"threshold-history\"", StringComparison.Ordinal)..];
        var first = history[history.IndexOf("<tr data-version=", StringComparison.Ordinal)..];
        first = first[..first.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("Rapat koordinasi kabupaten", first, StringComparison.Ordinal);
        Assert.Contains("data-threshold-change=\"excess_months\"", first, StringComparison.Ordinal);
        Assert.Contains(web.Users.Administrator, first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task References_Administrator_ListsTheStoredEditions()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var editions = await web.Cycle.ReferenceLists.EditionsAsync(new(web.Users.Administrator, CycleRoles.Administrator, null));

        var html = await admin.GetStringAsync("/Admin/References");

        Assert.NotEmpty(editions);
        foreach (var edition in editions)
            Assert.Contains($"data-list=\"{edition.Id}\" data-kind=\"{edition.Kind}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facilities_AddUserThenResetPassword_TheNewUserSignsInWithIt()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var puskesmas = web.Users.Puskesmas[0];

        var added = await WebFixture.PostFormAsync(admin, "/Admin/Facilities?handler=Add", new()
        {
            ["NewUser.UserId"] = "staf.baru", ["NewUser.Name"] = "Staf Baru", ["NewUser.Role"] = CycleRoles.Staff, ["NewUser.FacilityId"] = puskesmas,
        }, "/Admin/Facilities");
        var reset = await WebFixture.PostFormAsync(admin, "/Admin/Facilities?handler=Reset", new() { ["userId"] = "staf.baru" }, "/Admin/Facilities");
        var resetHtml = await reset.Content.ReadAsStringAsync();
        var password = WebUtility.HtmlDecode(Password().Match(resetHtml).Groups[1].Value);
        var signedIn = await web.SignInAsync("staf.baru", password);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("data-user=\"staf.baru\"", await added.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(password.Length >= 10);
        Assert.Contains("staf.baru", await signedIn.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facilities_AddUserAtAFacilityOfTheWrongKind_ShowsTheErrorAtTheFacility()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);

        var refused = await WebFixture.PostFormAsync(admin, "/Admin/Facilities?handler=Add", new()
        {
            ["NewUser.UserId"] = "petugas.salah", ["NewUser.Name"] = "Salah Tempat", ["NewUser.Role"] = CycleRoles.IfkOfficer, ["NewUser.FacilityId"] = web.Users.Puskesmas[1],
        }, "/Admin/Facilities");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("works at a ifk", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await web.Cycle.FacilityAdmin.UsersAsync(new(web.Users.Administrator, CycleRoles.Administrator, null)), u => u.Id == "petugas.salah");
    }

    [Fact]
    public async Task Tokens_IssueThenRevoke_ShowsTheSecretOnceAndTheTokenStopsWorking()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var holder = $"{web.Users.IfkOfficer}|{CycleRoles.IfkOfficer}|{web.Users.IfkId}";

        var issued = await WebFixture.PostFormAsync(admin, "/Admin/Tokens?handler=Issue", new() { ["NewToken.Name"] = "dasbor provinsi", ["NewToken.Holder"] = holder }, "/Admin/Tokens");
        var html = await issued.Content.ReadAsStringAsync();
        var secret = Secret().Match(html).Groups[1].Value;
        var id = Regex.Match(html, "<tr data-token=\"(\\d+)\"").Groups[1].Value;
        var client = web.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var before = await client.GetAsync("/api/v1/me");
        await WebFixture.PostFormAsync(admin, "/Admin/Tokens?handler=Revoke", new() { ["id"] = id }, "/Admin/Tokens");
        var after = await client.GetAsync("/api/v1/me");

        Assert.StartsWith("rq_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await admin.GetStringAsync("/Admin/Tokens"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [GeneratedRegex("data-testid=\"password\">([^<]+)<")]
    private static partial Regex Password();

    [GeneratedRegex("<strong>(rq_[^<]+)</strong>")]
    private static partial Regex Secret();
}
