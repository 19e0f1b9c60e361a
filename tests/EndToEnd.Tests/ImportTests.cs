using System.Text;
using Microsoft.Playwright;
using Requisition.EndToEnd.Tests.Support;

namespace Requisition.EndToEnd.Tests;

/// <summary>
/// The administrator's import in a real browser: upload a small catalog file, watch it being checked, read the preview,
/// save it and see the result. Only adds catalog items with codes no other test uses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportTests(BrowserFixture browser)
{
    [Fact]
    public async Task ImportCatalog_UploadPreviewSave_ShowsWhatWasAdded()
    {
        // Arrange
        var shots = new Screenshots(nameof(ImportCatalog_UploadPreviewSave_ShowsWhatWasAdded));
        var page = await SignIn.AsAsync(browser, browser.Server.Users.Administrator, shots);
        var csv = "drug_code,name,form,strength,unit,generic\n"
                  + "E2E-IMP-1,Tablet tambah darah,tablet,60,tablet,yes\n"
                  + "E2E-IMP-2,Povidon iodin larutan 10 %,larutan,10,botol,yes\n";
        await page.GotoAsync("/Admin/Imports");
        await shots.TakeAsync(page, "import-form");

        // Act
        await page.SelectOptionAsync("[data-testid=import-kind]", "catalog");
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload { Name = "catalog.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("[data-testid=upload-import]");
        await page.WaitForURLAsync(url => url.Contains("/Imports/", StringComparison.Ordinal));
        await shots.TakeAsync(page, "import-checking-or-checked");
        var save = page.Locator("[data-testid=apply-import]");
        await Assertions.Expect(save).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var counts = await page.Locator("[data-testid=import-counts]").InnerTextAsync();
        var changes = await page.Locator("#import-changes").InnerTextAsync();
        await shots.TakeAsync(page, "import-preview");
        await save.ClickAsync();
        var result = page.Locator("[data-testid=import-result]");
        await Assertions.Expect(result).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await shots.TakeAsync(page, "import-result");

        // Assert
        Assert.Contains("E2E-IMP-1", changes, StringComparison.Ordinal);
        Assert.Contains("E2E-IMP-2", changes, StringComparison.Ordinal);
        Assert.Contains("Ditambah", counts, StringComparison.Ordinal);
        await Assertions.Expect(result).ToContainTextAsync("2 ditambah");
        await Assertions.Expect(page.Locator("[data-testid=apply-import]")).ToHaveCountAsync(0);
    }
}
