using Microsoft.Playwright;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>
/// Debian's chromium, driven by Playwright: the tests never download a browser (<c>playwright install</c> is not
/// used). Without it the tests fail, saying how to install it, rather than skip.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Switches =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"The end-to-end tests need Debian's chromium at {ExecutablePath}, and it is missing: run scripts/chromium (it installs it with apt-get).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Switches,
        });
    }
}
