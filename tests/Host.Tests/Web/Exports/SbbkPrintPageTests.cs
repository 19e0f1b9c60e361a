using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;

namespace Requisition.Host.Tests.Web.Exports;

/// <summary>The printable SBBK: one A4 portrait form with who handed over, who received, and the head who acknowledges.</summary>
public sealed class SbbkPrintPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task SbbkPage_OfAReceivedDelivery_HasTheThreeSignatureBlocksWithWhoShippedAndWhoReceived()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.IfkOfficer);
        await using var db = web.Cycle.Database.CreateDbContext();
        var note = await db.IssueNotes.AsNoTracking().SingleAsync(n => n.LplpoId == lplpo.Id);
        var receivedBy = await db.Receipts.AsNoTracking().Where(r => r.IssueNoteId == note.Id).Select(r => r.ReceivedBy).SingleAsync();
        var names = await db.Users.AsNoTracking().Where(u => u.Id == note.IssuedBy || u.Id == receivedBy).ToDictionaryAsync(u => u.Id, u => u.Name);

        var html = await client.GetStringAsync($"/Ifk/Sbbk/{lplpo.Id}");

        Assert.Equal(3, Regex.Count(html, "class=\"form-sign\""));
        foreach (var title in new[] { "Yang menyerahkan:", "Petugas IFK", "Yang menerima:", "Petugas Puskesmas", "Mengetahui:", "Kepala Instalasi Farmasi Kabupaten (IFK)" })
            Assert.Contains($">{WebUtility.HtmlEncode(title)}<", html, StringComparison.Ordinal);
        Assert.Contains($"( {WebUtility.HtmlEncode(names[note.IssuedBy])} )", html, StringComparison.Ordinal);
        Assert.Contains($"( {WebUtility.HtmlEncode(names[receivedBy])} )", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SbbkPage_IsAPrintableA4PortraitForm()
    {
        var lplpo = await ExportSupport.ClosedLplpoAsync(web, 0);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var html = await client.GetStringAsync($"/Ifk/Sbbk/{lplpo.Id}");

        Assert.Contains("class=\"print-form sbbk-form\"", html, StringComparison.Ordinal);
        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/print.css\\?v=[^\"]+\" />", html);
        Assert.Contains("data-print hidden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
    }
}
