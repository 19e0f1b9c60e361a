using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Tests.Web.Exports;

/// <summary>The printable LPLPO (/Print/Lplpo/{id}): the official form with every line and the four signature blocks.</summary>
public sealed class LplpoPrintPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task PrintPage_HasTheFourSignatureTitlesAndEveryLine()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId));

        var html = await client.GetStringAsync($"/Print/Lplpo/{lplpo.Id}");

        foreach (var title in new[] { "Kepala Puskesmas", "Petugas Pengelola Obat", "Kepala Instalasi Farmasi Kabupaten (IFK)", "Mengetahui:", "Kepala Dinas Kesehatan" })
            Assert.Contains(WebUtility.HtmlEncode(title), html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "class=\"form-sign\""));
        Assert.Equal(lplpo.Lines.Count, Regex.Count(html, "<tr data-drug=\""));
        foreach (var line in lplpo.Lines)
            Assert.Contains($"<tr data-drug=\"{line.DrugCode}\">", html, StringComparison.Ordinal);
        Assert.Contains("LAPORAN PEMAKAIAN DAN LEMBAR PERMINTAAN OBAT (LPLPO)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPage_HeaderBlockAndNumbersAreThoseOfTheLplpo()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId));
        var line = lplpo.Lines.First(l => l.Given is > 999);

        var html = await client.GetStringAsync($"/Print/Lplpo/{lplpo.Id}");

        Assert.Contains($"data-testid=\"facility-code\">{lplpo.FacilityId}<", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"period\">{lplpo.Period} (", html, StringComparison.Ordinal);
        var row = Regex.Match(html, $"<tr data-drug=\"{line.DrugCode}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        // Bahasa Indonesia groups thousands with '.': 1.500.
        Assert.Contains($"data-col=\"given\">{line.Given!.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-col=\"supply\">{(line.Opening + line.Received).ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.')}<", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPage_NamesWhoSubmittedAndWhoReviewed()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId));
        await using var db = web.Cycle.Database.CreateDbContext();
        var names = await db.Users.AsNoTracking().Where(u => u.Id == lplpo.SubmittedBy || u.Id == lplpo.ReviewedBy).Select(u => u.Name).ToListAsync();

        var html = await client.GetStringAsync($"/Print/Lplpo/{lplpo.Id}");

        Assert.Equal(2, names.Count);
        foreach (var name in names) Assert.Contains($"( {WebUtility.HtmlEncode(name)} )", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPage_ForTheIfkOfficer_ShowsThePuskesmasForm()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 1);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync($"/Print/Lplpo/{lplpo.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"lplpo-form\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPage_OfAnotherPuskesmas_Is404()
    {
        var other = await ExportSupport.ClosedLplpoAsync(web, 1);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var response = await client.GetAsync($"/Print/Lplpo/{other.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PrintPage_LoadsThePrintStylesheetAndScriptAndHasNoInlineStyleOrScript()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId));

        var html = await client.GetStringAsync($"/Print/Lplpo/{lplpo.Id}");

        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/print.css\\?v=[^\"]+\" />", html);
        Assert.Contains("src=\"/js/print.js?v=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>|<script type=\"text/javascript\">|<style", html);
    }

    [Fact]
    public async Task TimelineAndReviewPages_LinkToThePrintPageAndTheDownload()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, lplpo.FacilityId));

        var timeline = await client.GetStringAsync($"/Requisitions/Timeline/{lplpo.Id}");

        Assert.Contains($"href=\"/Print/Lplpo/{lplpo.Id}\"", timeline, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/v1/lplpos/{lplpo.Id}/export?format=xlsx\"", timeline, StringComparison.Ordinal);
    }
}
