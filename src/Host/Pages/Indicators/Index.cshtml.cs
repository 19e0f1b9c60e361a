using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Requisition.Host.Pages.Requisitions;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Indicators;
using Requisition.Host.Web.Localization;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;

namespace Requisition.Host.Pages.Indicators;

/// <summary>
/// The indicator dashboard (dasbor indikator pengelolaan obat): for the district or one puskesmas over a range of months,
/// every figure next to its standard with its status, grouped as the evaluation is (pemilihan .. penggunaan), each
/// linking to the rows behind it; the monthly trend charts; the exports. A puskesmas role sees its own puskesmas; the
/// IFK officer and the administrator choose. A month that is not a month is shown at its field; nothing is computed then.
/// </summary>
public sealed class IndexModel(CycleHost cycle, IStringLocalizer<IndicatorText> text) : PageModel
{
    public string? Facility { get; private set; }

    /// <summary>The months in the form: as the query gave them, or the ones the dashboard shows.</summary>
    public string? FromShown { get; private set; }

    public string? ToShown { get; private set; }

    public IReadOnlyList<ScopeChoice> Scopes { get; private set; } = [];

    public IndicatorDashboard? Dashboard { get; private set; }

    /// <summary>The figures by group, in the dashboard's group order (a group the dashboard does not know comes last).</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<IndicatorFigure> Figures)> Groups { get; private set; } = [];

    public IReadOnlyList<LineChart> Charts { get; private set; } = [];

    /// <summary>
    /// Whether any month of the range has a stock figure from the LPLPOs (otherwise the page says there is none yet).
    /// LPLPO on time is left out: it counts the reports expected, so a month with none received is 0 %, not "no data".
    /// </summary>
    public bool HasMonthlyData => Dashboard is { } d && d.Trends.Any(t => t.Id != "lplpo_on_time" && t.Points.Any(p => p.Value is not null));

    /// <summary>Whether any figure has a value (otherwise no table is shown, only the message).</summary>
    public bool HasFigures => Dashboard is { } d && d.Figures.Any(f => f.Value is not null);

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    private IndicatorFilter Filter { get; set; } = new(null, null, null);

    public string? ErrorAt(string field) => CommandForms.ErrorAt(ModelState, field);

    public async Task OnGetAsync(string? facility, string? from, string? to, CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Facility = facility;
        FromShown = from;
        ToShown = to;
        Filter = new IndicatorFilter(facility, from, to);
        Scopes = await IndicatorScopes.ChoicesAsync(cycle, actor, cancellationToken);
        var (query, errors) = Filter.ToQuery(actor, IndicatorFilter.Today(cycle));
        if (query is null)
        {
            foreach (var error in errors) AddError(error.Field, text["Bukan bulan yang sah: tulis TTTT-BB, misalnya 2026-10."]);
            return;
        }
        try
        {
            Dashboard = await cycle.Indicators.DashboardAsync(actor, query, cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            foreach (var error in refused.Errors) AddError(error.Field, error.Message);
            return;
        }
        FromShown = Dashboard.From.ToString();
        ToShown = Dashboard.To.ToString();
        Filter = Filter with { From = FromShown, To = ToShown };
        Groups = GroupFigures(Dashboard.Figures);
        Charts = TrendCharts.For(Dashboard, text);
    }

    /// <summary>The drill-down of a figure, keeping the filter.</summary>
    public string DetailLink(string indicatorId) => $"/Indicators/Detail/{Uri.EscapeDataString(indicatorId)}{Filter.QueryString()}";

    /// <summary>The REST API's export of the figures shown, as csv or xlsx.</summary>
    public string ExportLink(string format) => $"/api/v1/indicators/export{Filter.QueryString("format=" + format)}";

    public string MonthName(Period month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture);

    public static IReadOnlyList<(string Group, IReadOnlyList<IndicatorFigure> Figures)> GroupFigures(IReadOnlyList<IndicatorFigure> figures)
    {
        var order = IndicatorWords.Groups.Select(g => g.Id).ToList();
        return figures.GroupBy(f => f.Group, StringComparer.Ordinal)
            .OrderBy(g => order.IndexOf(g.Key) is var i and >= 0 ? i : order.Count)
            .Select(g => (g.Key, (IReadOnlyList<IndicatorFigure>)g.ToList()))
            .ToList();
    }

    private void AddError(string field, string message)
    {
        if (field.Length > 0) ModelState.AddModelError(field, message);
        ModelState.AddModelError("", field.Length == 0 ? message : $"{field}: {message}");
    }
}
