using System.Text;
using Requisition.Host.Web.Accounts;
using Requisition.Host.Web.Indicators;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;

namespace Requisition.Host.Web.Api;

/// <summary>
/// The indicator dashboard (indikator pengelolaan obat): the figures against their standards with the monthly trends, the
/// rows behind one figure, and the figures as CSV or a workbook. Query: <c>facility</c> (none: the caller's own puskesmas,
/// or the district for the IFK and the administrator), <c>from</c> and <c>to</c> (YYYY-MM; none: the last twelve closed
/// months). A puskesmas role sees its own puskesmas only, the IFK officer its district, the administrator any.
/// </summary>
public static class IndicatorApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async (HttpContext http, CycleHost cycle, string? facility, string? from, string? to, CancellationToken ct) =>
                DashboardView.Of(await DashboardAsync(http, cycle, facility, from, to, ct)))
            .WithName("get-indicators")
            .WithSummary("The drug-management indicators of a puskesmas or the district over a range of months, each against its standard, with monthly trends")
            .Refusals();

        api.MapGet("/indicators/{id}/details", async (string id, HttpContext http, CycleHost cycle, string? facility, string? from, string? to, CancellationToken ct) =>
                await cycle.Indicators.DrillDownAsync(http.User.Actor(), Query(http, cycle, facility, from, to), id, ct))
            .WithName("get-indicator-details")
            .WithSummary("The items and documents behind one indicator figure: the cells of each row and whether it counts")
            .Refusals();

        api.MapGet("/indicators/export", async (HttpContext http, CycleHost cycle, string? format, string? facility, string? from, string? to, CancellationToken ct) =>
            {
                if (format is not ("csv" or "xlsx")) throw new CommandRejectedException("format", "must be csv or xlsx");
                var dashboard = await DashboardAsync(http, cycle, facility, from, to, ct);
                return format == "csv"
                    ? Results.File(Encoding.UTF8.GetBytes(IndicatorTable.Csv(dashboard.Figures)), "text/csv; charset=utf-8", IndicatorTable.FileName(dashboard, "csv"))
                    : Results.File(IndicatorTable.Xlsx(dashboard), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", IndicatorTable.FileName(dashboard, "xlsx"));
            })
            .WithName("export-indicators")
            .WithSummary("The indicators as a file: format=csv (indicator,value,unit,standard,meets) or format=xlsx")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Refusals();
    }

    private static Task<IndicatorDashboard> DashboardAsync(HttpContext http, CycleHost cycle, string? facility, string? from, string? to, CancellationToken ct) =>
        cycle.Indicators.DashboardAsync(http.User.Actor(), Query(http, cycle, facility, from, to), ct);

    private static IndicatorQuery Query(HttpContext http, CycleHost cycle, string? facility, string? from, string? to) =>
        new IndicatorFilter(facility, from, to).Require(http.User.Actor(), IndicatorFilter.Today(cycle));

    /// <summary>The dashboard as the API shows it: months as YYYY-MM.</summary>
    public sealed record DashboardView(string ScopeId, string ScopeName, bool District, string From, string To, DateOnly AsOf,
        string ThresholdVersion, IReadOnlyList<IndicatorFigure> Figures, IReadOnlyList<TrendView> Trends)
    {
        public static DashboardView Of(IndicatorDashboard d) => new(d.ScopeId, d.ScopeName, d.District, d.From.ToString(), d.To.ToString(), d.AsOf,
            d.ThresholdVersion, d.Figures,
            d.Trends.Select(t => new TrendView(t.Id, t.Unit, t.Target, t.Points.Select(p => new TrendPointView(p.Period.ToString(), p.Value)).ToList())).ToList());
    }

    /// <summary>An indicator month by month; Target = the standard's value, when there is one.</summary>
    public sealed record TrendView(string Id, string Unit, decimal? Target, IReadOnlyList<TrendPointView> Points);

    /// <summary>One month of a trend: the month (YYYY-MM) and its figure, null when there was nothing to divide by.</summary>
    public sealed record TrendPointView(string Period, decimal? Value);
}
