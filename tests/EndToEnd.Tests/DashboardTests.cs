using Microsoft.Playwright;
using Requisition.EndToEnd.Tests.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;

namespace Requisition.EndToEnd.Tests;

/// <summary>
/// Issue 5, section 3, in a real chromium: the IFK officer opens the indicator dashboard from the menu, sees the district's
/// figures with their status and the trend charts, and follows a figure to the items and documents behind it. Reads only.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_IfkOfficerOpensIndicatorsAndAFigure_SeesTheChartsAndTheRowsBehindIt()
    {
        // Arrange: an indicator whose drill-down has rows, chosen through the app's services (the default months).
        var server = browser.Server;
        var shots = new Screenshots(nameof(Dashboard_IfkOfficerOpensIndicatorsAndAFigure_SeesTheChartsAndTheRowsBehindIt));
        var ifk = server.Users.Actor(CycleRoles.IfkOfficer);
        var months = new IndicatorQuery(null, new Period(2025, 11), new Period(2026, 10));
        var figure = await FigureWithRowsAsync(server.Cycle, ifk, months);
        var page = await SignIn.AsAsync(browser, ifk.UserId, shots);

        // Act: the menu entry, then the figure.
        await page.ClickAsync("nav.main a[href=\"/Indicators\"]");
        await Assertions.Expect(page.Locator("table.indicators").First).ToBeVisibleAsync();
        await shots.TakeAsync(page, "dashboard");
        var status = await page.Locator($"tr[data-indicator=\"{figure.Id}\"] .status").InnerTextAsync();
        var charts = await page.Locator("svg.chart").CountAsync();
        var points = await page.Locator("svg.chart .point").CountAsync();
        await page.ClickAsync($"a[data-testid=\"drill-{figure.Id}\"]");
        await Assertions.Expect(page.Locator("table#indicator-rows")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "drill-down");

        // Assert
        Assert.Contains("/Indicators/Detail/" + figure.Id, page.Url, StringComparison.Ordinal);
        Assert.Equal(figure.Meets switch { true => "Memenuhi", false => "Belum memenuhi", null => figure.Value is null ? "Tanpa data" : "Tanpa standar" }, status.Trim());
        Assert.True(charts >= 1, "no trend chart on the dashboard");
        Assert.True(points >= 1, "the trend charts have no points");
        Assert.Equal(figure.Rows, await page.Locator("table#indicator-rows tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=drill-basis]")).Not.ToBeEmptyAsync();
        await page.ClickAsync("[data-testid=back-to-dashboard]");
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await shots.TakeAsync(page, "back-to-dashboard");
    }

    /// <summary>The first figure of the district's dashboard whose drill-down lists rows, with its status and row count.</summary>
    private static async Task<(string Id, bool? Meets, decimal? Value, int Rows)> FigureWithRowsAsync(CycleHost cycle, Workflows.Runtime.Contracts.Actor ifk, IndicatorQuery months)
    {
        var dashboard = await cycle.Indicators.DashboardAsync(ifk, months);
        foreach (var figure in dashboard.Figures.OrderBy(f => f.Id == "stockout_time" ? 0 : 1))
        {
            var drill = await cycle.Indicators.DrillDownAsync(ifk, months, figure.Id);
            if (drill.Rows.Count > 0) return (figure.Id, figure.Meets, figure.Value, drill.Rows.Count);
        }
        throw new InvalidOperationException("no figure of the demo district has rows behind it");
    }
}
