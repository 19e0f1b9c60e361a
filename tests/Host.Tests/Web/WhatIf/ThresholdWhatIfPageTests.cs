using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Api;
using Requisition.Rules.RuleSets.Stock;
using Requisition.Rules.Thresholds;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.WhatIf;

/// <summary>
/// The administrator previews a threshold change on the thresholds page ("Lihat dampak") and through the API: the flags
/// that would appear and disappear, counted as the application counts them, with the values kept and nothing saved.
/// </summary>
public sealed partial class ThresholdWhatIfPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    /// <summary>The lowest limits the set allows in order: every item with half a month of stock or more is in excess.</summary>
    private static readonly Dictionary<string, decimal> Lower = new()
    {
        [ThresholdNames.OutBelowMonths] = 0.5m, [ThresholdNames.SafeFromMonths] = 0.5m, [ThresholdNames.ExcessMonths] = 0.5m,
    };

    private Actor Admin => new(web.Users.Administrator, CycleRoles.Administrator, null);

    [Fact]
    public async Task Preview_LowerExcessMonths_ShowsTheCountsAndFlagsAboveTheFormWithTheValuesKept()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var expected = await web.Cycle.Thresholds.WhatIfAsync(Admin, new WhatIfInput(Lower));
        var revisions = await RevisionsAsync();

        var response = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds?handler=Preview", new()
        {
            ["Values[out_below_months]"] = "0.5", ["Values[safe_from_months]"] = "0.5", ["Values[excess_months]"] = "0.5", ["Reason"] = "Uji dampak batas stok berlebih",
        }, "/Admin/Thresholds");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(html.IndexOf("id=\"what-if\"", StringComparison.Ordinal) < html.IndexOf("id=\"threshold-form\"", StringComparison.Ordinal));
        var open = expected.ByScope.Single(s => s.Key == WhatIfFlag.Open);
        var past = expected.ByScope.Single(s => s.Key == WhatIfFlag.Past);
        Assert.True(open.Appear > 0 && past.Appear > 0);
        Assert.Equal((open.Appear, open.Disappear), Totals(html, WhatIfFlag.Open));
        Assert.Equal((past.Appear, past.Disappear), Totals(html, WhatIfFlag.Past));
        Assert.Equal(Math.Min(expected.TotalFlags, WhatIfResult.MaxFlags), FlagRow().Matches(html).Count);
        var excess = expected.Flags.First(f => f.Rule == ExcessStock.Id);
        Assert.Contains($"href=\"/Requisitions/Timeline/{excess.LplpoId}\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"t-excess_months\" type=\"number\" step=\"any\" name=\"Values[excess_months]\" value=\"0.5\"", html, StringComparison.Ordinal);
        Assert.Contains("Uji dampak batas stok berlebih</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Admin/Thresholds\"", html, StringComparison.Ordinal);
        Assert.Equal(revisions, await RevisionsAsync());
    }

    [Fact]
    public async Task Preview_NotANumberOrAnInconsistentPair_IsRefusedAtTheValueAndShowsNoEffect()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);

        var text = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds?handler=Preview", new() { ["Values[excess_months]"] = "banyak" }, "/Admin/Thresholds");
        var pair = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds?handler=Preview", new() { ["Values[excess_months]"] = "6" }, "/Admin/Thresholds");
        var textHtml = await text.Content.ReadAsStringAsync();
        var pairHtml = await pair.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (text.StatusCode, pair.StatusCode));
        Assert.DoesNotContain("id=\"what-if\"", textHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if\"", pairHtml, StringComparison.Ordinal);
        Assert.Matches(FieldErrorAfter("excess_months"), textHtml);
        Assert.Matches(FieldErrorAfter("safe_from_months"), pairHtml);
    }

    [Fact]
    public async Task PreviewThenSave_AfterAColleaguesRevision_IsRefusedAsStaleThenSavesOnTheNewSet()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var read = Version().Match(await admin.GetStringAsync("/Admin/Thresholds")).Groups[1].Value;
        var form = new Dictionary<string, string> { ["Values[lplpo_due_day]"] = "11", ["Reason"] = "Rapat: LPLPO paling lambat tanggal 11", ["Version"] = read };

        var preview = await (await WebFixture.PostFormAsync(admin, "/Admin/Thresholds?handler=Preview", form, "/Admin/Thresholds")).Content.ReadAsStringAsync();
        await web.Cycle.Thresholds.ReviseAsync(Admin, new ReviseThresholdsInput(new Dictionary<string, decimal> { [ThresholdNames.DeadStockMonths] = 4 }, "Rekan: stok mati setelah 4 bulan"));
        var stale = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds", form);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        var saved = await WebFixture.PostFormAsync(admin, "/Admin/Thresholds", new(form) { ["Version"] = Version().Match(staleHtml).Groups[1].Value });
        var current = await web.Cycle.Thresholds.CurrentAsync(Admin);

        Assert.Contains("id=\"what-if\"", preview, StringComparison.Ordinal);
        Assert.Equal(read, Version().Match(preview).Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("class=\"errors\"", staleHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal((11m, 4m), (current.Get(ThresholdNames.LplpoDueDay), current.Get(ThresholdNames.DeadStockMonths)));
        Assert.Equal("Rapat: LPLPO paling lambat tanggal 11", (await web.Cycle.Thresholds.HistoryAsync(Admin))[0].Reason);
    }

    [Fact]
    public async Task WhatIfApi_ByTheAdministrator_AnswersTheResultAsJson()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);
        var revisions = await RevisionsAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/thresholds/what-if", new { values = Lower }, ApiJson.Options);
        var result = await WebFixture.ReadAsync<WhatIfResult>(response);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        foreach (var name in new[] { "currentVersion", "changed", "byRule", "byFacility", "byItem", "byScope", "flags", "totalFlags", "notes" })
            Assert.True(json.RootElement.TryGetProperty(name, out _), name);
        Assert.Equal(0.5m, result.Changed[ThresholdNames.ExcessMonths]);
        Assert.Matches(@"^\d{4}-\d{2}$", json.RootElement.GetProperty("pastFrom").GetString());
        Assert.Contains(result.ByRule, c => c.Key == ExcessStock.Id && c.Appear > 0);
        Assert.Equal(result.TotalFlags, result.ByRule.Sum(c => c.Appear + c.Disappear));
        Assert.Equal(revisions, await RevisionsAsync());
    }

    [Fact]
    public async Task WhatIfApi_NegativeValue_IsA400AtThatValue()
    {
        var admin = await web.SignInAsync(web.Users.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/thresholds/what-if", new { values = new Dictionary<string, decimal> { [ThresholdNames.ExcessMonths] = -1 } }, ApiJson.Options);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("values.excess_months", body, StringComparison.Ordinal);
    }

    /// <summary>The appear and disappear counts of a scope's row in the totals table.</summary>
    private static (int Appear, int Disappear) Totals(string html, string scope)
    {
        var match = Regex.Match(html, $"<tr data-scope=\"{scope}\">.*?data-count=\"appear\">(\\d+)</td>\\s*<td[^>]*data-count=\"disappear\">(\\d+)</td>", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(match.Success, $"no totals row for {scope}");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private static Regex FieldErrorAfter(string name) =>
        new($"name=\"Values\\[{name}\\]\"[^>]*>\\s*<div class=\"field-error\">", RegexOptions.None, TimeSpan.FromSeconds(1));

    private async Task<int> RevisionsAsync()
    {
        await using var db = web.Cycle.Database.CreateDbContext();
        return await db.ThresholdRevisions.CountAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"Version\" value=\"([^\"]*)\"")]
    private static partial Regex Version();

    [GeneratedRegex("<tr data-rule=\"[A-Z_]+\" data-change=")]
    private static partial Regex FlagRow();
}
