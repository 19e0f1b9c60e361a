using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The dashboard's filter as the query string carries it (<c>facility</c>, <c>from</c>, <c>to</c>), shared by the pages,
/// the REST API and the exports. Without a facility, a puskesmas role means its own puskesmas and the IFK or the
/// administrator the whole district (kabupaten); without months, the last twelve closed months: to = last month,
/// from = to - 11. A month that is not YYYY-MM is an error at its field; whether the caller may see the facility, and
/// whether the range is acceptable, is for <see cref="IndicatorQueries"/> to say.
/// </summary>
public sealed record IndicatorFilter(string? Facility, string? From, string? To)
{
    /// <summary>The months shown when the filter names none.</summary>
    public const int DefaultMonths = 12;

    /// <summary>The query, or the errors at "from" / "to" when a month is not YYYY-MM.</summary>
    public (IndicatorQuery? Query, IReadOnlyList<CommandError> Errors) ToQuery(Actor actor, DateOnly today)
    {
        var errors = new List<CommandError>();
        var from = Month(From, "from", errors);
        var to = Month(To, "to", errors);
        if (errors.Count > 0) return (null, errors);
        var last = to ?? (from is { } f && f.AddMonths(DefaultMonths - 1) < Period.Of(today) ? f.AddMonths(DefaultMonths - 1) : Period.Of(today).AddMonths(-1));
        var first = from ?? last.AddMonths(-(DefaultMonths - 1));
        return (new IndicatorQuery(FacilityFor(actor), first, last), errors);
    }

    /// <summary>The query, or a <see cref="CommandRejectedException"/> naming the field of a month that is not YYYY-MM.</summary>
    public IndicatorQuery Require(Actor actor, DateOnly today)
    {
        var (query, errors) = ToQuery(actor, today);
        return query ?? throw new CommandRejectedException(errors);
    }

    /// <summary>The facility asked for; none for a puskesmas role is its own puskesmas, none for the IFK or the administrator the district.</summary>
    public string? FacilityFor(Actor actor)
    {
        if (!string.IsNullOrWhiteSpace(Facility)) return Facility.Trim();
        return actor.Role is CycleRoles.IfkOfficer or CycleRoles.Administrator ? null : actor.FacilityId;
    }

    /// <summary>The filter as a query string ("?facility=PKM-01&amp;from=2025-11&amp;to=2026-10"), keeping only what is set.</summary>
    public string QueryString(string? extra = null)
    {
        var parts = new List<string>();
        if (extra is { Length: > 0 }) parts.Add(extra);
        if (!string.IsNullOrWhiteSpace(Facility)) parts.Add("facility=" + Uri.EscapeDataString(Facility.Trim()));
        if (!string.IsNullOrWhiteSpace(From)) parts.Add("from=" + Uri.EscapeDataString(From.Trim()));
        if (!string.IsNullOrWhiteSpace(To)) parts.Add("to=" + Uri.EscapeDataString(To.Trim()));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>The same filter with the months of the query made explicit (so a link keeps what the page showed).</summary>
    public IndicatorFilter Resolved(IndicatorQuery query) => this with { From = query.From.ToString(), To = query.To.ToString() };

    /// <summary>The district's calendar date now (WIB unless configured).</summary>
    public static DateOnly Today(CycleHost cycle) => cycle.LocalDate(cycle.Clock.Now);

    private static Period? Month(string? text, string field, List<CommandError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Period.TryParse(text, out var period)) return period;
        errors.Add(new CommandError(field, $"'{Shorten(text)}' is not a month (expected YYYY-MM)"));
        return null;
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
