using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Imports;

namespace Requisition.Host.Tests.Web.Imports;

/// <summary>
/// The administrator's import pages over HTTP, as a browser without scripts uses them: upload, the job page with the
/// preview, saving, and what others may not see. Each test adds catalog items with codes of its own.
/// </summary>
public sealed class ImportPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Page = "/Admin/Imports";

    [Fact]
    public async Task Upload_CatalogWithOneBadRow_ShowsTheErrorAtItsRowAndColumnWithoutASaveButton()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var csv = "drug_code,name,form,strength,unit,generic\n"
                  + "IMP-BAD-1,Parasetamol tablet 500 mg,tablet,500,tablet,yes\n"
                  + "IMP-BAD-2,Amoksisilin kapsul 500 mg,kapsul,500,kapsul,mungkin\n";

        var (_, html) = await ImportPages.FollowAsync(admin, await ImportPages.UploadAsync(admin, Page, "catalog.csv", csv, new() { ["Kind"] = "catalog" }));

        Assert.Contains("data-line=\"3\" data-column=\"generic\"", html, StringComparison.Ordinal);
        Assert.Equal(1, ImportPages.Count(html, "errors"));
        Assert.False(ImportPages.OffersSave(html));
        Assert.Empty(await DrugsAsync("IMP-BAD-"));
    }

    [Fact]
    public async Task Upload_ValidCatalog_SavedAddsTheItems_AndTheSameFileAgainChangesNothing()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var csv = "drug_code,name,form,strength,unit,generic\n"
                  + "IMP-NEW-1,Zinkum tablet 20 mg,tablet,20,tablet,yes\n"
                  + "IMP-NEW-2,Vitamin A kapsul 200.000 IU,kapsul,200000,kapsul,yes\n";

        var (path, preview) = await ImportPages.FollowAsync(admin, await ImportPages.UploadAsync(admin, Page, "catalog.csv", csv, new() { ["Kind"] = "catalog" }));
        var unsaved = await DrugsAsync("IMP-NEW-");
        var result = await ImportPages.SaveAsync(admin, path, preview);
        var saved = await DrugsAsync("IMP-NEW-");
        var (_, again) = await ImportPages.FollowAsync(admin, await ImportPages.UploadAsync(admin, Page, "catalog.csv", csv, new() { ["Kind"] = "catalog" }));

        Assert.Equal(2, ImportPages.Count(preview, "added"));
        Assert.Contains("data-key=\"IMP-NEW-1\"", preview, StringComparison.Ordinal);
        Assert.True(ImportPages.OffersSave(preview));
        Assert.Empty(unsaved);
        Assert.Contains("data-testid=\"import-result\"", result, StringComparison.Ordinal);
        Assert.Contains("2 ditambah", result, StringComparison.Ordinal);
        Assert.Equal(new[] { "IMP-NEW-1", "IMP-NEW-2" }, saved);
        Assert.Contains("data-testid=\"import-nothing\"", again, StringComparison.Ordinal);
        Assert.Equal(2, ImportPages.Count(again, "unchanged"));
        Assert.False(ImportPages.OffersSave(again));
    }

    [Fact]
    public async Task Upload_Users_ShowsTheNewPasswordOnceAndTheUserSignsInWithIt()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var csv = $"user_id,name,role,facility\nstaf.impor,Staf Impor,staf,{web.Users.Puskesmas[0]}\n";

        var (path, preview) = await ImportPages.FollowAsync(admin, await ImportPages.UploadAsync(admin, Page, "users.csv", csv, new() { ["Kind"] = "users" }));
        var result = await ImportPages.SaveAsync(admin, path, preview);
        var password = WebUtility.HtmlDecode(Regex.Match(result, "<code data-password>([^<]+)</code>").Groups[1].Value);
        var again = await admin.GetStringAsync(path);
        var signedIn = await web.SignInAsync("staf.impor", password);

        Assert.Contains("data-testid=\"import-passwords\"", result, StringComparison.Ordinal);
        Assert.True(password.Length >= 10, result);
        Assert.DoesNotContain(password, again, StringComparison.Ordinal);
        Assert.Contains("sudah ditampilkan sekali", again, StringComparison.Ordinal);
        Assert.Contains("staf.impor", await signedIn.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPage_ForAPharmacist_IsDenied()
    {
        var pharmacist = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var response = await pharmacist.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task JobPage_OfAnotherUser_Answers404()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var upload = await ImportPages.UploadAsync(admin, Page, "catalog.csv", "drug_code,name,form,strength,unit,generic\nIMP-OWN-1,Asam folat tablet 1 mg,tablet,1,tablet,yes\n", new() { ["Kind"] = "catalog" });
        var (path, _) = await ImportPages.FollowAsync(admin, upload);
        var officer = await web.SignInAsync(web.Users.IfkOfficer);

        var foreign = await officer.GetAsync(path);
        var unknown = await admin.GetAsync("/Imports/0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Upload_OverTheSizeLimit_ShowsTheMessageAndStartsNothing()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var content = new byte[ImportService.MaxBytes + 1];
        Array.Fill(content, (byte)'a');

        var response = await ImportPages.UploadAsync(admin, Page, "catalog.csv", content, new() { ["Kind"] = "catalog" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"upload-errors\"", html, StringComparison.Ordinal);
        Assert.Contains($"batas {ImportService.MaxBytes / (1024 * 1024)} MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_FornasWithoutAnEdition_IsRefusedAtTheEdition()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);

        var response = await ImportPages.UploadAsync(admin, Page, "fornas.csv", "id_obat,nama_obat\n", new() { ["Kind"] = "fornas" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Edisi wajib diisi", html, StringComparison.Ordinal);
    }

    private async Task<List<string>> DrugsAsync(string prefix)
    {
        await using var db = web.Cycle.Database.CreateDbContext();
        var codes = await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync();
        return codes.Select(c => c.Value).Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }
}
