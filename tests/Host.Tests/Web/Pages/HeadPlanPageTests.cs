using System.Net;
using System.Text.RegularExpressions;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Pages;

/// <summary>The formulary through its pages: the pharmacist starts and submits it, the head returns it with a reason, then establishes it.</summary>
public sealed partial class HeadPlanPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Reason = "Dibahas dengan tim farmasi.";

    [Fact]
    public async Task Formulary_SubmittedReturnedResubmitted_IsEstablishedByTheHead()
    {
        var facility = web.Users.Puskesmas[0];
        var pharmacist = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, facility));
        var head = await web.SignInAsync(web.Users.One(CycleRoles.Head, facility));

        var started = await WebFixture.PostFormAsync(pharmacist, "/Pharmacy/Formulary", new() { ["Year"] = "2027" });
        var page = started.Headers.Location!.OriginalString;
        var id = page[(page.LastIndexOf('/') + 1)..];
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(pharmacist, page)).StatusCode);
        var plans = await head.GetStringAsync("/Head/Plans");
        var withoutReason = await WebFixture.PostFormAsync(head, $"/Head/Formulary/{id}?handler=return", [], $"/Head/Formulary/{id}");
        var returned = await WebFixture.PostFormAsync(head, $"/Head/Formulary/{id}?handler=return", new() { ["Reason"] = "Tambahkan obat TB." }, $"/Head/Formulary/{id}");
        var draftAgain = await pharmacist.GetStringAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(pharmacist, page)).StatusCode);
        var acks = Acks(await head.GetStringAsync($"/Head/Formulary/{id}"));
        var established = await WebFixture.PostFormAsync(head, $"/Head/Formulary/{id}?handler=establish", acks, $"/Head/Formulary/{id}");

        Assert.Equal($"/Pharmacy/Formulary/{id}", page);
        Assert.Contains($"/Head/Formulary/{id}", plans, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("class=\"errors\"", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Tambahkan obat TB.", draftAgain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, established.StatusCode);
        Assert.Contains("data-testid=\"plan-status\">ditetapkan<", await head.GetStringAsync($"/Head/Formulary/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RkoPage_OwnDraftOpensAndRefusesABadNeedAtItsField_AndAnotherPuskesmasGets404()
    {
        var facility = web.Users.Puskesmas[1];
        var pharmacist = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, facility));
        var stranger = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var started = await WebFixture.PostFormAsync(pharmacist, "/Pharmacy/Rko", new() { ["Year"] = "2027" });
        var page = started.Headers.Location!.OriginalString;
        var html = await pharmacist.GetStringAsync(page);
        var code = Regex.Match(html, "name=\"Lines\\[0\\]\\.DrugCode\" value=\"([^\"]+)\"").Groups[1].Value;
        var refused = await WebFixture.PostFormAsync(pharmacist, page + "?handler=edit",
            new() { ["Lines[0].DrugCode"] = code, ["Lines[0].PlannedNeed"] = "banyak" }, page);

        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.StartsWith("/Pharmacy/Rko/", page, StringComparison.Ordinal);
        Assert.NotEqual("", code);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("harus bilangan bulat", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(page)).StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string page) =>
        await WebFixture.PostFormAsync(client, page + "?handler=submit", Acks(await client.GetStringAsync(page)), page);

    private static Dictionary<string, string> Acks(string html) =>
        AckInputs().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToDictionary(n => n, _ => Reason);

    [GeneratedRegex("<input type=\"text\" name=\"([^\"]+)\" data-ack-rule=")]
    private static partial Regex AckInputs();
}
