using Microsoft.Playwright;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>Signs a user in through the sign-in form, as a person would, in a browser profile of their own.</summary>
public static class SignIn
{
    public static async Task<IPage> AsAsync(BrowserFixture browser, string user, Screenshots shots, string? password = null)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("input[name=UserName]", user);
        await page.FillAsync("input[name=Password]", password ?? AppServer.Password);
        await shots.TakeAsync(page, $"sign-in-{Slug(user)}");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.OrdinalIgnoreCase));
        await shots.TakeAsync(page, $"home-{Slug(user)}");
        return page;
    }

    private static string Slug(string user) => new(user.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
}
