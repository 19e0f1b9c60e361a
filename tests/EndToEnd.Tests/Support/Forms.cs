using Microsoft.Playwright;
using Xunit.Sdk;

namespace Requisition.EndToEnd.Tests.Support;

/// <summary>What a person does with the app's forms: type reasons for the warnings shown, send, read the refusal.</summary>
public static class Forms
{
    public const string AckReason = "Sudah dicek dengan kartu stok; dibahas di rapat bulanan.";

    /// <summary>Gives the reason for every warning the page asks about that has none yet; returns how many.</summary>
    public static async Task<int> AcknowledgeAllAsync(IPage page, string reason = AckReason)
    {
        var filled = 0;
        foreach (var input in await page.Locator("input[data-ack-rule]").AllAsync())
        {
            if (!await input.IsVisibleAsync() || (await input.InputValueAsync()).Length > 0) continue;
            await input.FillAsync(reason);
            filled++;
        }
        return filled;
    }

    /// <summary>
    /// Presses <paramref name="button"/> and expects to land on <paramref name="expectedPath"/>. When the app refuses
    /// because warnings need a reason (it shows them with a field each), gives the reasons and presses again, as a
    /// person would after reading them; any other refusal fails the test with the page's error text.
    /// </summary>
    public static async Task SendAsync(IPage page, string button, string expectedPath, Screenshots shots, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync(button);
            await page.WaitForLoadStateAsync(LoadState.Load);
            if (await ArrivedAsync(page, expectedPath)) return;
            await shots.TakeAsync(page, $"{name}-refused-{attempt}");
            if (attempt == 1 && await AcknowledgeAllAsync(page) > 0)
            {
                await shots.TakeAsync(page, $"{name}-acknowledged");
                continue;
            }
            var errors = (await page.Locator(".errors, .field-error, .flag.error").AllInnerTextsAsync()).Select(e => e.Trim()).ToList();
            if (errors.Count == 0) errors.Add((await page.Locator("body").InnerTextAsync()).Trim() is var body && body.Length > 400 ? body[..400] : body);
            throw new XunitException($"{button} on {page.Url} did not lead to {expectedPath}. The page says: {string.Join(" | ", errors)}");
        }
    }

    private static async Task<bool> ArrivedAsync(IPage page, string expectedPath)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(expectedPath, StringComparison.OrdinalIgnoreCase),
                new PageWaitForURLOptions { Timeout = 10_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
