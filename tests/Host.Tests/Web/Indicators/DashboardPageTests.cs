using System.Net;
using Requisition.Host.Tests.Web.Support;
using Requisition.Host.Web.Indicators;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Indicators;

/// <summary>
/// The indicator dashboard over HTTP on the demo district (clock 24 November 2026: by default November 2025 to October
/// 2026): the IFK officer's district figures grouped with their status and the trend charts, a pharmacist's own puskesmas
/// without a choice of scope and refused another's, a bad month shown at its field, months without data. Read-only.
/// </summary>
public sealed class DashboardPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    private static readonly IndicatorQuery DefaultRange = new(null, new Period(2025, 11), new Period(2026, 10));

    private Actor Ifk => new(web.Users.IfkOfficer, CycleRoles.IfkOfficer, web.Users.IfkId);

    private Actor Pharmacist(int puskesmas) => new(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[puskesmas]), CycleRoles.Pharmacist, web.Users.Puskesmas[puskesmas]);

    [Fact]
    public async Task Dashboard_ForTheIfkOfficer_ShowsEveryDistrictFigureWithItsStatusAndDrillDownLink()
    {
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var html = await client.GetStringAsync("/Indicators");

        Assert.Contains("<select name=\"facility\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-11\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-10\"", html, StringComparison.Ordinal);
        Assert.NotEmpty(expected.Figures);
        foreach (var figure in expected.Figures)
        {
            var row = IndicatorHtml.Row(html, figure.Id);
            Assert.True(row is not null, $"no row for {figure.Id}");
            Assert.Contains($"href=\"/Indicators/Detail/{figure.Id}?from=2025-11&amp;to=2026-10\"", row, StringComparison.Ordinal);
            var (css, words) = figure switch
            {
                { Meets: true } => ("meets", "Memenuhi"),
                { Meets: false } => ("fails", "Belum memenuhi"),
                { Value: null } => ("none", "Tanpa data"),
                _ => ("none", "Tanpa standar"),
            };
            Assert.Contains($"<span class=\"status {css}\" data-status=\"{css}\">{words}</span>", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Dashboard_FiguresAreGroupedInTheOrderOfTheEvaluation()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var html = await client.GetStringAsync("/Indicators");

        var shown = IndicatorWords.Groups.Select(g => (g.Name, At: html.IndexOf($"<h2 id=\"group-{g.Id}\">{g.Name}</h2>", StringComparison.Ordinal)))
            .Where(g => g.At >= 0).ToList();
        Assert.True(shown.Count >= 3, $"groups shown: {string.Join(", ", shown.Select(g => g.Name))}");
        Assert.Equal(shown.OrderBy(g => g.At).Select(g => g.Name), shown.Select(g => g.Name));
    }

    [Fact]
    public async Task Dashboard_EachTrendChart_IsAnSvgWithAPointForEveryMonthThatHasAFigure()
    {
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange);
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var charts = IndicatorHtml.Charts(await client.GetStringAsync("/Indicators"));

        var trends = expected.Trends.ToDictionary(t => t.Id);
        foreach (var id in TrendCharts.Single.Where(trends.ContainsKey))
        {
            Assert.True(charts.TryGetValue(TrendCharts.ChartId(id), out var chart), $"no chart for {id}");
            Assert.Equal(trends[id].Points.Count(p => p.Value is not null), IndicatorHtml.Points(chart).Count);
            Assert.Equal(12, chart.Descendants(IndicatorHtml.Svg + "text").Count(t => (string?)t.Attribute("class") == "month"));
            Assert.Equal(trends[id].Target is not null, chart.Descendants(IndicatorHtml.Svg + "line").Any(l => (string?)l.Attribute("class") == "target"));
        }
        var shares = charts[TrendCharts.CategoriesChartId];
        foreach (var (id, _, _) in TrendCharts.Categories)
            Assert.Equal(trends[id].Points.Count(p => p.Value is not null), IndicatorHtml.Points(shares, id).Count);
    }

    [Fact]
    public async Task Dashboard_ForAPharmacist_ShowsTheirOwnPuskesmasWithoutAChoiceOfScope()
    {
        var own = web.Users.Puskesmas[0];
        var expected = await web.Cycle.Indicators.DashboardAsync(Pharmacist(0), DefaultRange with { FacilityId = own });
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, own));

        var html = await client.GetStringAsync("/Indicators");

        Assert.DoesNotContain("name=\"facility\"", html, StringComparison.Ordinal);
        Assert.Contains($"Puskesmas: {expected.ScopeName}", html, StringComparison.Ordinal);
        Assert.All(expected.Figures, f => Assert.NotNull(IndicatorHtml.Row(html, f.Id)));
        Assert.NotEmpty(IndicatorHtml.Charts(html));
    }

    [Fact]
    public async Task Dashboard_PharmacistAskingForAnotherPuskesmas_IsRefused()
    {
        var client = await web.SignInAsync(web.Users.One(CycleRoles.Pharmacist, web.Users.Puskesmas[0]));

        var response = await client.GetAsync($"/Indicators?facility={web.Users.Puskesmas[1]}");

        var refused = response.StatusCode == HttpStatusCode.NotFound
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.PathAndQuery.StartsWith("/account/denied", StringComparison.OrdinalIgnoreCase));
        Assert.True(refused, $"answered {(int)response.StatusCode} {response.Headers.Location}");
    }

    [Fact]
    public async Task Dashboard_IfkOfficerChoosingAPuskesmas_ShowsThatPuskesmas()
    {
        var other = web.Users.Puskesmas[1];
        var expected = await web.Cycle.Indicators.DashboardAsync(Ifk, DefaultRange with { FacilityId = other });
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var html = await client.GetStringAsync($"/Indicators?facility={other}");

        Assert.Contains($"<option value=\"{other}\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains($"Puskesmas: {expected.ScopeName}", html, StringComparison.Ordinal);
        Assert.Contains($"/Indicators/Detail/stockout_time?facility={other}&amp;from=2025-11&amp;to=2026-10", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("to=oktober", "to")]
    public async Task Dashboard_AMonthThatIsNotAMonth_IsShownAtItsFieldAndNothingIsComputed(string query, string field)
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync($"/Indicators?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<span class=\"field-error\" data-for=\"{field}\">Bukan bulan yang sah", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-indicator=", html, StringComparison.Ordinal);
        Assert.Empty(IndicatorHtml.Charts(html));
    }

    [Fact]
    public async Task Dashboard_FromAfterTo_IsRefusedAtAFieldWithoutAnError500()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/Indicators?from=2026-10&to=2026-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("class=\"field-error\" data-for=\"(from|to)\"", html);
        Assert.DoesNotContain("data-indicator=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_MonthsWithoutAnyData_SayThereIsNothingYet()
    {
        var client = await web.SignInAsync(web.Users.IfkOfficer);

        var response = await client.GetAsync("/Indicators?from=2019-01&to=2019-03");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"no-indicator-data\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
