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
/// The items and documents behind one indicator figure (rincian indikator): the figure, the sentence saying how it was
/// counted, and one row per item or document with its numbers, whether it counts, and a link to the LPLPO's timeline. The
/// link back keeps the dashboard's filter.
/// </summary>
public sealed class DetailModel(CycleHost cycle, IStringLocalizer<IndicatorText> text) : PageModel
{
    public string Id { get; private set; } = "";

    public IndicatorQuery? Query { get; private set; }

    public IndicatorDrillDown? DrillDown { get; private set; }

    public string ScopeText { get; private set; } = "";

    public string BackLink { get; private set; } = "/Indicators";

    /// <summary>Whether the indicator splits its rows into counted and not (a numerator and a denominator).</summary>
    public bool HasCounts => DrillDown?.Rows.Any(r => r.Counts is not null) == true;

    public IReadOnlyList<string> Errors => CommandForms.Summary(ModelState);

    public async Task OnGetAsync(string id, string? facility, string? from, string? to, CancellationToken cancellationToken)
    {
        var actor = User.Actor();
        Id = id;
        var filter = new IndicatorFilter(facility, from, to);
        BackLink = "/Indicators" + filter.QueryString();
        var (query, errors) = filter.ToQuery(actor, IndicatorFilter.Today(cycle));
        if (query is null)
        {
            foreach (var error in errors) ModelState.AddModelError("", $"{error.Field}: {text["Bukan bulan yang sah: tulis TTTT-BB, misalnya 2026-10."]}");
            return;
        }
        Query = query;
        try
        {
            DrillDown = await cycle.Indicators.DrillDownAsync(actor, query, id, cancellationToken);
        }
        catch (CommandRejectedException refused)
        {
            CommandForms.AddErrors(ModelState, refused);
            return;
        }
        ScopeText = query.FacilityId is { } scope ? text["Puskesmas: {0}", scope] : text["Kabupaten (semua puskesmas)"];
    }

    public string MonthName(Period month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
}
