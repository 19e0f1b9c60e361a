using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Web.Indicators;

/// <summary>
/// The puskesmas a user may pick on the dashboard besides the district: the IFK officer those of their IFK, the
/// administrator every one; a puskesmas role picks nothing (it sees its own). Only the list of names: whether a figure may
/// be shown is decided by <see cref="Workflows.Cycle.Indicators.IndicatorQueries"/> on every request.
/// </summary>
public static class IndicatorScopes
{
    public static async Task<IReadOnlyList<ScopeChoice>> ChoicesAsync(CycleHost cycle, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.Role is not (CycleRoles.IfkOfficer or CycleRoles.Administrator)) return [];
        await using var db = cycle.Database.CreateDbContext();
        var puskesmas = db.Facilities.AsNoTracking().Where(f => f.Kind == FacilityKind.Puskesmas && f.Active);
        if (actor.Role == CycleRoles.IfkOfficer)
        {
            if (actor.FacilityId is not { } ifk) return [];
            var parent = new FacilityId(ifk);
            puskesmas = puskesmas.Where(f => f.ParentId == parent);
        }
        var rows = await puskesmas.Select(f => new { f.Id, f.Name }).ToListAsync(cancellationToken);
        return rows.Select(r => new ScopeChoice(r.Id.Value, r.Name)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }
}
