using System.Globalization;
using Microsoft.Playwright;
using Requisition.EndToEnd.Tests.Support;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;

namespace Requisition.EndToEnd.Tests;

/// <summary>
/// The administrator previews a threshold change in a real browser: the effect shows above the form, with the counts and
/// the flags; nothing is saved (the journey test changes the thresholds itself, so this one leaves them as they are).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WhatIfTests(BrowserFixture browser)
{
    [Fact]
    public async Task Thresholds_LowerExcessMonthsAndPreview_ShowsTheFlagsThatWouldAppearWithoutSaving()
    {
        // Arrange
        var shots = new Screenshots(nameof(Thresholds_LowerExcessMonthsAndPreview_ShowsTheFlagsThatWouldAppearWithoutSaving));
        var admin = await SignIn.AsAsync(browser, browser.Server.Users.Administrator, shots);
        await admin.ClickAsync("a[href=\"/Admin/Thresholds\"]");
        var history = await admin.Locator("#threshold-history tbody tr").CountAsync();
        var version = await admin.Locator("input[name=Version]").InputValueAsync();
        var excess = admin.Locator($"input[data-threshold=\"{ThresholdNames.ExcessMonths}\"]");
        var was = await excess.InputValueAsync();

        // Act: the lowest limits the set allows in order, so every item with stock is in excess.
        await admin.FillAsync($"input[data-threshold=\"{ThresholdNames.OutBelowMonths}\"]", "0.5");
        await admin.FillAsync($"input[data-threshold=\"{ThresholdNames.SafeFromMonths}\"]", "0.5");
        await excess.FillAsync("0.5");
        await shots.TakeAsync(admin, "thresholds-edited");
        await admin.ClickAsync("[data-testid=preview-thresholds]");
        await admin.WaitForLoadStateAsync(LoadState.Load);

        // Assert
        var effect = admin.Locator("#what-if");
        await Assertions.Expect(effect).ToBeVisibleAsync();
        var appear = int.Parse(await admin.Locator("#what-if-totals tr[data-scope=open] [data-count=appear]").InnerTextAsync(), CultureInfo.InvariantCulture);
        var pastAppear = int.Parse(await admin.Locator("#what-if-totals tr[data-scope=past] [data-count=appear]").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(appear + pastAppear > 0, "lowering excess_months to half a month makes EXCESS_STOCK flags appear");
        var row = admin.Locator($"#what-if-flags tr[data-rule=\"{ExcessStock.Id}\"][data-change=appears]").First;
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("a[href^=\"/Requisitions/Timeline/\"]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator($"#what-if-by-rule tr[data-key=\"{ExcessStock.Id}\"]")).ToBeVisibleAsync();
        await Assertions.Expect(excess).ToHaveValueAsync("0.5");
        await shots.TakeAsync(admin, "thresholds-what-if");
        Assert.Equal(history, await admin.Locator("#threshold-history tbody tr").CountAsync());
        Assert.Equal(version, await admin.Locator("input[name=Version]").InputValueAsync());
        await admin.GotoAsync("/Admin/Thresholds");
        await Assertions.Expect(admin.Locator($"input[data-threshold=\"{ThresholdNames.ExcessMonths}\"]")).ToHaveValueAsync(was);
        await Assertions.Expect(admin.Locator("#what-if")).ToHaveCountAsync(0);
    }
}
