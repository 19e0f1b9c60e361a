using System.Net;
using Requisition.Host.Tests.Web.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>
/// The rows behind a figure: every row the drill-down answers, each document linking to its LPLPO's timeline, the basis
/// sentence, and a link back that keeps the filter; an unknown indicator is 404, another puskesmas refused. Read-only.
/// </summary>
public sealed class DrillDownPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly IndicatorQuery DefaultRange = new(null, new Period(2025, 11), new Period(2026, 10));

    private Actor Ifk => new(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

    /// <summary>The first indicator whose rows link to LPLPOs over the default range (district scope).</summary>
    private async Task<IndicatorDrillDown> LinkedDrillDownAsync()
    {
        foreach (var id in new[] { "stockout_time", "lplpo_on_time", "planning_accuracy", "receipt_conformity", "items_out_pct" })
        {
            var drill = await web.Cycle.Indicators.DrillDownAsync(Ifk, DefaultRange, id);
            if (drill.Rows.Any(r => r.LplpoId is not null)) return drill;
        }
        throw new InvalidOperationException("no indicator of the demo district has rows linked to an LPLPO");
    }

    [Fact]
    public async Task Detail_OfAFigure_ListsEveryRowWithItsTimelineLink()
    {
        var drill = await LinkedDrillDownAsync();
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var html = await client.GetStringAsync($"/Indicators/Detail/{drill.Id}?from=2025-11&to=2026-10");

        var rows = IndicatorHtml.DrillRows(html);
        Assert.Equal(drill.Rows.Count, rows.Count);
        var linked = drill.Rows.Select((r, i) => (r, i)).First(x => x.r.LplpoId is not null);
        Assert.Contains($"href=\"/Requisitions/Timeline/{linked.r.LplpoId}\"", rows[linked.i], StringComparison.Ordinal);
        Assert.Contains($"data-facility=\"{linked.r.FacilityId}\"", rows[linked.i], StringComparison.Ordinal);
        Assert.All(drill.Columns, c => Assert.Contains($"<th class=\"num\" data-column=\"{WebUtility.HtmlEncode(c)}\">", html, StringComparison.Ordinal));
        Assert.Contains("data-testid=\"drill-basis\">" + WebUtility.HtmlEncode(drill.Basis), html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Indicators?from=2025-11&amp;to=2026-10\" data-testid=\"back-to-dashboard\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Detail_RowsThatCount_AreMarkedAsCounted()
    {
        var drill = await LinkedDrillDownAsync();
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var rows = IndicatorHtml.DrillRows(await client.GetStringAsync($"/Indicators/Detail/{drill.Id}?from=2025-11&to=2026-10"));

        var expected = drill.Rows.Select(r => r.Counts switch { true => "true", false => "false", null => "" });
        Assert.Equal(expected, rows.Select(r => System.Text.RegularExpressions.Regex.Match(r, "data-counts=\"([a-z]*)\"").Groups[1].Value));
    }

    [Fact]
    public async Task Detail_OfAnUnknownIndicator_IsNotFound()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/Indicators/Detail/no_such_indicator");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Detail_PharmacistAskingForAnotherPuskesmas_IsRefused()
    {
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var response = await client.GetAsync($"/Indicators/Detail/stockout_time?facility={web.Users.Puskesmas[1]}");

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }
}
