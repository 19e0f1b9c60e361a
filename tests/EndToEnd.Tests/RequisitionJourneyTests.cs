using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Requisition.EndToEnd.Tests.Support;
using Requisition.Rules.RuleSets.Distribution;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.EndToEnd.Tests;

/// <summary>
/// Issue 4, section 4, in a real chromium: a month's requisition from the pharmacist's draft to the receipt, then an
/// administrator's threshold change seen on another puskesmas's draft. One test, in order, a screenshot of every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RequisitionJourneyTests(BrowserFixture browser)
{
    private const string DraftPut = "/draft";

    [Fact]
    public async Task Journey_DraftReviewShipReceiveThenRaiseExcessLimit_FlagsFollowTheRules()
    {
        // Arrange: the items, chosen from the demo data through the app's services.
        var server = browser.Server;
        var shots = new Screenshots(nameof(Journey_DraftReviewShipReceiveThenRaiseExcessLimit_FlagsFollowTheRules));
        var pharmacist = server.Users.Actor(CycleRoles.Pharmacist, server.Users.Puskesmas[0]);
        var lplpoId = await ScenarioData.DraftOfAsync(server, pharmacist);
        await ScenarioData.WriteOffShortDatedAsync(server, pharmacist);
        var nearExpiry = await ScenarioData.NearExpiryItemAsync(server, pharmacist, lplpoId);
        var excess = await ScenarioData.ExcessItemAsync(server, pharmacist, lplpoId, avoid: nearExpiry);
        var other = server.Users.Actor(CycleRoles.Pharmacist, server.Users.Puskesmas[1]);
        var otherId = await ScenarioData.DraftOfAsync(server, other);
        var otherExcess = await ScenarioData.ExcessItemAsync(server, other, otherId, avoid: "");

        // Act and assert, step by step.
        var pharmacy = await FillAndSubmitAsync(shots, pharmacist, lplpoId, excess, nearExpiry);
        var ifk = await ReviewAndApproveAsync(shots, lplpoId, avoid: [excess.DrugCode, nearExpiry]);
        await ShipAsync(shots, ifk, lplpoId);
        await ConfirmReceiptWithOneShortLineAsync(shots, pharmacy, lplpoId);
        await RaiseExcessLimitAsync(shots, other, otherId, otherExcess);
    }

    /// <summary>The pharmacist opens the draft from the home page and types a small use on a slow mover: both flags show as they type.</summary>
    private async Task<IPage> FillAndSubmitAsync(Screenshots shots, Actor pharmacist, long lplpoId, ExcessLine excess, string nearExpiry)
    {
        var page = await SignIn.AsAsync(browser, pharmacist.UserId, shots);
        await page.ClickAsync($"a[href=\"/Pharmacy/Lplpo/Edit/{lplpoId}\"]");
        await Assertions.Expect(page.Locator("table#lplpo-grid")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "lplpo-editor");
        await page.EvaluateAsync("() => { window.e2eSamePage = 'yes'; }");

        await TypeUseAsync(page, excess);

        await Assertions.Expect(Flag(page, ExcessStock.Id, excess.DrugCode)).ToBeVisibleAsync();
        await Assertions.Expect(Flag(page, NearExpiry.Id, nearExpiry).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=draft-status]")).ToHaveTextAsync("Tersimpan");
        Assert.Equal("yes", await page.EvaluateAsync<string?>("() => window.e2eSamePage ?? null"));
        Assert.Equal(1, await AckField(page, ExcessStock.Id, excess.DrugCode).CountAsync());
        Assert.Equal(1, await AckField(page, NearExpiry.Id, nearExpiry).CountAsync());
        await shots.TakeAsync(page, "lplpo-flags-live");

        await Forms.AcknowledgeAllAsync(page);
        await shots.TakeAsync(page, "lplpo-acknowledged");
        await Forms.SendAsync(page, "[data-testid=submit-lplpo]", $"/Requisitions/Timeline/{lplpoId}", shots, "lplpo-submit");
        await Assertions.Expect(page.Locator($".flag[data-rule=\"{ExcessStock.Id}\"][data-drug=\"{excess.DrugCode}\"]").First).ToBeVisibleAsync();
        await shots.TakeAsync(page, "timeline-submitted");
        return page;
    }

    /// <summary>The IFK officer opens the review from the queue, gives less on one line with a reason and approves.</summary>
    private async Task<IPage> ReviewAndApproveAsync(Screenshots shots, long lplpoId, string[] avoid)
    {
        var server = browser.Server;
        var ifk = server.Users.Actor(CycleRoles.IfkOfficer);
        var line = (await server.Cycle.Queries.LplpoAsync(ifk, lplpoId)).Lines
            .Where(l => l.Requested >= 2 && !avoid.Contains(l.DrugCode)).OrderBy(l => l.DrugCode, StringComparer.Ordinal).First();

        var page = await SignIn.AsAsync(browser, ifk.UserId, shots);
        await page.GotoAsync("/Ifk/Queue");
        await Assertions.Expect(page.Locator($"#ifk-queue tr[data-lplpo=\"{lplpoId}\"][data-facility=\"{server.Users.Puskesmas[0]}\"]")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "ifk-queue");
        await page.Locator($"#ifk-queue tr[data-lplpo=\"{lplpoId}\"] a[href*=\"/Ifk/Review/{lplpoId}\"]").First.ClickAsync();
        await page.WaitForURLAsync($"**/Ifk/Review/{lplpoId}");
        await shots.TakeAsync(page, "ifk-review");

        var row = page.Locator($"tr[data-drug=\"{line.DrugCode}\"]");
        await row.Locator("input[data-field=given]").FillAsync((line.Requested / 2).ToString(CultureInfo.InvariantCulture));
        await row.Locator("select[data-field=reasonCategory]").SelectOptionAsync("above-plan");
        await row.Locator("input[data-field=note]").FillAsync("Melebihi jatah bulanan RKO");
        await Forms.AcknowledgeAllAsync(page);
        await shots.TakeAsync(page, "ifk-review-adjusted");
        await Forms.SendAsync(page, "[data-testid=approve]", "/Ifk/Queue", shots, "ifk-approve");
        await Assertions.Expect(page.Locator(".notice")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "ifk-queue-approved");

        var approved = (await server.Cycle.Queries.LplpoAsync(ifk, lplpoId)).Lines.Single(l => l.DrugCode == line.DrugCode);
        Assert.Equal(line.Requested / 2, approved.Given);
        return page;
    }

    /// <summary>The IFK officer ships from the home page's task: FEFO picks, then the printable SBBK.</summary>
    private static async Task ShipAsync(Screenshots shots, IPage page, long lplpoId)
    {
        await page.GotoAsync("/");
        await shots.TakeAsync(page, "ifk-home");
        await page.ClickAsync($"a[href=\"/Ifk/Ship/{lplpoId}\"]");
        await shots.TakeAsync(page, "ifk-ship");
        await Forms.AcknowledgeAllAsync(page);
        await Forms.SendAsync(page, "[data-testid=ship]", $"/Ifk/Sbbk/{lplpoId}", shots, "ifk-ship");
        await shots.TakeAsync(page, "ifk-sbbk");
    }

    /// <summary>The pharmacist receives one unit short (rejected with a reason) and finds RECEIPT_MISMATCH on the timeline.</summary>
    private static async Task ConfirmReceiptWithOneShortLineAsync(Screenshots shots, IPage page, long lplpoId)
    {
        await page.GotoAsync("/");
        await shots.TakeAsync(page, "pharmacist-home-delivery");
        await page.ClickAsync($"a[href=\"/Pharmacy/Receipt/{lplpoId}\"]");
        await shots.TakeAsync(page, "receipt");

        var row = page.Locator("tr[data-line][data-drug]").First;
        var drug = await row.GetAttributeAsync("data-drug");
        var shipped = long.Parse(await row.Locator("input[data-field=accepted]").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.Equal("0", await row.Locator("input[data-field=rejected]").InputValueAsync());
        await row.Locator("input[data-field=accepted]").FillAsync((shipped - 1).ToString(CultureInfo.InvariantCulture));
        await row.Locator("input[data-field=rejected]").FillAsync("1");
        await row.Locator("input[data-field=reason]").FillAsync("Kemasan rusak saat diterima");
        await shots.TakeAsync(page, "receipt-short-line");
        await Forms.SendAsync(page, "[data-testid=confirm-receipt]", $"/Requisitions/Timeline/{lplpoId}", shots, "receipt-confirm");

        await Assertions.Expect(page.Locator($".flag[data-rule=\"{ReceiptMismatch.Id}\"][data-drug=\"{drug}\"]").First).ToBeVisibleAsync();
        await shots.TakeAsync(page, "timeline-received");
    }

    /// <summary>
    /// Another puskesmas's draft shows EXCESS_STOCK on a line; the administrator raises excess_months above that
    /// line's months of stock (with a reason); typed again, the line's flag is gone.
    /// </summary>
    private async Task RaiseExcessLimitAsync(Screenshots shots, Actor pharmacist, long lplpoId, ExcessLine excess)
    {
        var page = await SignIn.AsAsync(browser, pharmacist.UserId, shots);
        await page.ClickAsync($"a[href=\"/Pharmacy/Lplpo/Edit/{lplpoId}\"]");
        await TypeUseAsync(page, excess);
        var flag = Flag(page, ExcessStock.Id, excess.DrugCode);
        await Assertions.Expect(flag).ToBeVisibleAsync();
        await shots.TakeAsync(page, "other-lplpo-excess");
        var months = decimal.Parse(MonthsOfStock().Match(await flag.InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
        var limit = (int)Math.Ceiling(months) + 1;

        var admin = await SignIn.AsAsync(browser, browser.Server.Users.Administrator, shots);
        await admin.ClickAsync("a[href=\"/Admin/Thresholds\"]");
        await shots.TakeAsync(admin, "admin-thresholds");
        var reason = $"Uji: batas stok berlebih dinaikkan ke {limit} bulan";
        await admin.FillAsync($"input[data-threshold=\"{ThresholdNames.ExcessMonths}\"]", limit.ToString(CultureInfo.InvariantCulture));
        await admin.FillAsync("textarea[data-field=reason]", reason);
        await shots.TakeAsync(admin, "admin-thresholds-edited");
        await Forms.SendAsync(admin, "[data-testid=save-thresholds]", "/Admin/Thresholds", shots, "admin-thresholds-save");
        await Assertions.Expect(admin.Locator(".notice")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#threshold-history tbody tr").First).ToContainTextAsync(reason);
        await shots.TakeAsync(admin, "admin-thresholds-saved");

        var row = page.Locator($"#lplpo-grid tr[data-drug=\"{excess.DrugCode}\"]");
        await page.RunAndWaitForResponseAsync(
            () => row.Locator("[data-field=note]").FillAsync("Dicek ulang setelah ambang batas baru"),
            response => response.Url.EndsWith(DraftPut, StringComparison.Ordinal) && response.Request.Method == "PUT");
        await Assertions.Expect(Flag(page, ExcessStock.Id, excess.DrugCode)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=draft-status]")).ToHaveTextAsync("Tersimpan");
        await shots.TakeAsync(page, "other-lplpo-excess-gone");
    }

    /// <summary>Types the line's month's use and its closing stock, as the balance wants.</summary>
    private static async Task TypeUseAsync(IPage page, ExcessLine line)
    {
        var row = page.Locator($"#lplpo-grid tr[data-drug=\"{line.DrugCode}\"]");
        await row.Locator("input[data-field=used]").FillAsync(line.Used.ToString(CultureInfo.InvariantCulture));
        await row.Locator("input[data-field=closing]").FillAsync(line.Closing.ToString(CultureInfo.InvariantCulture));
    }

    private static ILocator Flag(IPage page, string rule, string drug) =>
        page.Locator($"#lplpo-grid .flag[data-rule=\"{rule}\"][data-drug=\"{drug}\"]");

    private static ILocator AckField(IPage page, string rule, string drug) =>
        page.Locator($"input[data-ack-rule=\"{rule}\"][data-ack-drug=\"{drug}\"]");

    [GeneratedRegex(@"lasts ([0-9]+(?:\.[0-9]+)?) months")]
    private static partial Regex MonthsOfStock();
}
