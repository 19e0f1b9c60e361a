using Microsoft.Playwright;
using Requisition.EndToEnd.Tests.Support;
using Requisition.Workflows.Cycle;

namespace Requisition.EndToEnd.Tests;

/// <summary>The frame every page shares, in a real browser: the language switch and a refused sign-in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageAndSignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task LanguageSwitch_ToEnglishAndBack_ChangesTheMenu()
    {
        // Arrange
        var shots = new Screenshots(nameof(LanguageSwitch_ToEnglishAndBack_ChangesTheMenu));
        var page = await SignIn.AsAsync(browser, browser.Server.Users.IfkOfficer, shots);
        var menu = page.Locator("nav.main");
        await Assertions.Expect(menu).ToContainTextAsync("Beranda");
        await Assertions.Expect(menu).ToContainTextAsync("Antrean LPLPO");

        // Act
        await page.ClickAsync("form.lang button[name=culture]");
        await Assertions.Expect(menu).ToContainTextAsync("Home");
        await shots.TakeAsync(page, "home-english");
        var english = await menu.InnerTextAsync();
        await page.ClickAsync("form.lang button[name=culture]");
        await Assertions.Expect(menu).ToContainTextAsync("Beranda");
        await shots.TakeAsync(page, "home-indonesian");
        var indonesian = await menu.InnerTextAsync();

        // Assert
        Assert.Contains("LPLPO queue", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Beranda", english, StringComparison.Ordinal);
        Assert.Contains("Antrean LPLPO", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorAndStaysOnTheForm()
    {
        // Arrange
        var shots = new Screenshots(nameof(SignIn_WrongPassword_ShowsTheErrorAndStaysOnTheForm));
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        // Act
        await page.FillAsync("input[name=UserName]", browser.Server.Users.One(CycleRoles.Head));
        await page.FillAsync("input[name=Password]", "not the password");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await shots.TakeAsync(page, "sign-in-refused");

        // Assert
        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("Nama pengguna atau kata sandi salah.");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await page.Locator("nav.main").CountAsync());
    }
}
