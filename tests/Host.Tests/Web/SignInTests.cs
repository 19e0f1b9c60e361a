using System.Net;
using System.Net.Http.Json;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Api;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web;

public sealed class SignInTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Home_Anonymous_RedirectsToSignIn()
    {
        var response = await web.Anonymous().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Answers401NotARedirect()
    {
        var response = await web.Anonymous().GetAsync("/api/v1/tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_Pharmacist_SeesOwnDraftAsATask()
    {
        var pharmacist = web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]);
        var client = await web.SignInAsync(pharmacist);

        var tasks = await WebFixture.ReadAsync<Paged<TaskView>>(await client.GetAsync("/api/v1/tasks"));
        var home = await client.GetStringAsync("/");

        var task = Assert.Single(tasks.Items);
        Assert.Equal(LplpoCommands.SubmitTask, task.Name);
        Assert.Equal(web.Users.Puskesmas[0], task.FacilityId);
        Assert.Contains($"/Pharmacy/Lplpo/Edit/{task.LplpoId}", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_IsRefusedWithoutSayingWhich()
    {
        var response = await WebFixture.PostFormAsync(web.Anonymous(), "/account/sign-in",
            new() { ["UserName"] = web.Users.One(CycleRoles.Head), ["Password"] = "not the password" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksTheAccountEvenForTheRightPassword()
    {
        var user = web.Users.One(CycleRoles.Staff, web.Users.Puskesmas[1]);
        for (var i = 0; i < 5; i++)
            await WebFixture.PostFormAsync(web.Anonymous(), "/account/sign-in", new() { ["UserName"] = user, ["Password"] = $"wrong {i}" });

        var response = await WebFixture.PostFormAsync(web.Anonymous(), "/account/sign-in", new() { ["UserName"] = user, ["Password"] = WebFixture.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Akun dikunci sementara", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignInForm_WithoutAntiforgeryToken_IsRefused()
    {
        var response = await web.Anonymous().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = web.Users.Administrator, ["Password"] = WebFixture.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ApiCallWithCookie_WithoutAntiforgeryHeader_IsRefusedAndChangesNothing()
    {
        var pharmacist = web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]);
        var client = await web.SignInAsync(pharmacist);
        var task = (await WebFixture.ReadAsync<Paged<TaskView>>(await client.GetAsync("/api/v1/tasks"))).Items.Single();
        client.DefaultRequestHeaders.Remove(ApiAntiforgery.Header);

        var response = await client.PutAsJsonAsync($"/api/v1/lplpos/{task.LplpoId}/draft", new SaveDraftInput([new DraftLine("X", Used: 1)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiToken_ActsAsItsUser_AndARevokedOneIsRefused()
    {
        var ifk = await web.TokenClientAsync(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

        var me = await ifk.GetStringAsync("/api/v1/me");
        var bogus = web.CreateClient();
        bogus.DefaultRequestHeaders.Authorization = new("Bearer", "rq_not-a-token");

        Assert.Contains(web.Users.IfkOfficer, me, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bogus.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Health_AnswersWithoutSignIn()
    {
        var response = await web.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAtTheDocumentedPath()
    {
        var document = await web.Anonymous().GetStringAsync("/api/v1/openapi.json");

        Assert.Contains("\"/api/v1/lplpos/{id}/submit\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInUser_OnceDeactivated_IsSignedOutAtTheNextRequest()
    {
        var head = web.Users.One(CycleRoles.Head, web.Users.Puskesmas[1]);
        var client = await web.SignInAsync(head);
        var admin = new Requisition.Workflows.Runtime.Contracts.Actor(web.Users.Administrator, CycleRoles.Administrator, null);
        await web.Cycle.FacilityAdmin.SetActiveAsync(admin, head, new SetUserActiveInput(false));

        var page = await client.GetAsync("/");
        var api = await client.GetAsync("/api/v1/tasks");

        await web.Cycle.FacilityAdmin.SetActiveAsync(admin, head, new SetUserActiveInput(true));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task SignIn_EmptyFields_IsRefusedAsAWrongPassword()
    {
        var response = await WebFixture.PostFormAsync(web.Anonymous(), "/account/sign-in", new() { ["UserName"] = "", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama pengguna atau kata sandi salah.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\\evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task CultureSwitch_WithAnOffSiteReturnAddress_GoesHome(string returnUrl)
    {
        var response = await WebFixture.PostFormAsync(web.Anonymous(), "/culture", new() { ["culture"] = "en", ["returnUrl"] = returnUrl }, pageToRead: "/account/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_AreNeverCached()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/");

        Assert.True(response.Headers.CacheControl?.NoStore, "a signed-in page must carry Cache-Control: no-store");
    }
}
