using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// Who may see which indicators: a puskesmas's own roles (staff, pharmacist, head) their own puskesmas only (no
/// facility named means their own); the IFK officer any puskesmas of their IFK, or the district (no facility, or the
/// IFK itself); the administrator any puskesmas, any IFK's district, or every puskesmas when none is named.
/// Sub-unit staff see none. An unknown facility is not found; a known one out of reach is refused.
/// </summary>
internal static class IndicatorTargets
{
    private static readonly string[] PuskesmasRoles = [CycleRoles.Staff, CycleRoles.Pharmacist, CycleRoles.Head];

    public const string AllScopeId = "all";

    public static async Task<IndicatorTarget> ResolveAsync(CycleUnit unit, string? facilityId, CancellationToken cancellationToken)
    {
        await Access.RequireKnownAsync(unit);
        var actor = unit.Actor;
        var db = unit.Db;
        if (string.IsNullOrWhiteSpace(facilityId)) facilityId = null;
        if (PuskesmasRoles.Contains(actor.Role, StringComparer.Ordinal))
        {
            var own = actor.FacilityId ?? "";
            if (facilityId is not null && !string.Equals(facilityId, own, StringComparison.Ordinal))
                throw new AccessDeniedException($"{actor.UserId} acts for {own}, not for {facilityId}");
            var facility = await FacilityAsync(unit, own, cancellationToken);
            if (facility is null || facility.Kind != FacilityKind.Puskesmas)
                throw new AccessDeniedException($"{actor.UserId} acts for {own}, which is not a puskesmas");
            return Single(facility);
        }
        if (actor.Role == CycleRoles.IfkOfficer)
        {
            var ifk = actor.FacilityId ?? "";
            if (facilityId is null || string.Equals(facilityId, ifk, StringComparison.Ordinal))
            {
                var own = await FacilityAsync(unit, ifk, cancellationToken) ?? throw new AccessDeniedException($"{actor.UserId} acts for no IFK");
                return await DistrictAsync(unit, [own], cancellationToken);
            }
            var facility = await PuskesmasAsync(unit, facilityId, cancellationToken);
            if (facility.ParentId?.Value != ifk)
                throw new AccessDeniedException($"{actor.UserId} acts for {ifk}; {facilityId} is not one of its puskesmas");
            return Single(facility);
        }
        if (actor.Role == CycleRoles.Administrator)
        {
            if (facilityId is null)
            {
                var ifks = await db.Facilities.AsNoTracking().Where(f => f.Kind == FacilityKind.Ifk).ToListAsync(cancellationToken);
                return await DistrictAsync(unit, ifks, cancellationToken);
            }
            var facility = await FacilityAsync(unit, facilityId, cancellationToken) ?? throw new NotFoundException($"no facility {facilityId}");
            return facility.Kind switch
            {
                FacilityKind.Ifk => await DistrictAsync(unit, [facility], cancellationToken),
                FacilityKind.Puskesmas => Single(facility),
                _ => throw new NotFoundException($"{facilityId} is a sub-unit; indicators are kept per puskesmas and district"),
            };
        }
        throw new AccessDeniedException($"the indicators need a puskesmas role, {CycleRoles.IfkOfficer} or {CycleRoles.Administrator}; {actor.UserId} acts as {actor.Role}");
    }

    private static IndicatorTarget Single(Facility facility) => new(facility.Id.Value, facility.Name, false, [facility.Id]);

    private static async Task<IndicatorTarget> DistrictAsync(CycleUnit unit, IReadOnlyList<Facility> ifks, CancellationToken cancellationToken)
    {
        var ids = ifks.Select(f => (FacilityId?)f.Id).ToList();
        var puskesmas = await unit.Db.Facilities.AsNoTracking()
            .Where(f => f.Kind == FacilityKind.Puskesmas && ids.Contains(f.ParentId))
            .Select(f => f.Id)
            .ToListAsync(cancellationToken);
        var ordered = puskesmas.OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        return ifks.Count == 1
            ? new IndicatorTarget(ifks[0].Id.Value, ifks[0].Name, true, ordered)
            : new IndicatorTarget(AllScopeId, string.Join(", ", ifks.OrderBy(f => f.Id.Value, StringComparer.Ordinal).Select(f => f.Name)), true, ordered);
    }

    private static async Task<Facility> PuskesmasAsync(CycleUnit unit, string facilityId, CancellationToken cancellationToken)
    {
        var facility = await FacilityAsync(unit, facilityId, cancellationToken);
        return facility is { Kind: FacilityKind.Puskesmas } ? facility : throw new NotFoundException($"no puskesmas {facilityId}");
    }

    private static Task<Facility?> FacilityAsync(CycleUnit unit, string facilityId, CancellationToken cancellationToken)
    {
        var id = new FacilityId(facilityId);
        return unit.Db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
    }
}
