using Requisition.Host.Tests.Web.Support;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Exports;

/// <summary>The demo documents the export tests print and download: a puskesmas's LPLPO that went the whole cycle.</summary>
internal static class ExportSupport
{
    public static Actor Pharmacist(WebFixture web, int puskesmas)
    {
        var facility = web.Users.Puskesmas[puskesmas];
        return new Actor(web.Users.One(CycleRoles.Pharmacist, facility), CycleRoles.Pharmacist, facility);
    }

    /// <summary>The newest closed (reviewed, shipped and received) monthly LPLPO of the puskesmas: every column of the form is filled.</summary>
    public static async Task<LplpoView> ClosedLplpoAsync(WebFixture web, int puskesmas)
    {
        var pharmacist = Pharmacist(web, puskesmas);
        var closed = (await web.Cycle.Queries.LplposAsync(pharmacist, status: LplpoStatus.Closed))
            .Where(l => l.FacilityId == pharmacist.FacilityId && l.Kind == "regular").OrderByDescending(l => l.Period, StringComparer.Ordinal).First();
        return await web.Cycle.Queries.LplpoAsync(pharmacist, closed.Id);
    }

    public static Task<HttpClient> PharmacistClientAsync(WebFixture web, int puskesmas)
    {
        var pharmacist = Pharmacist(web, puskesmas);
        return web.TokenClientAsync(pharmacist.UserId, CycleRoles.Pharmacist, pharmacist.FacilityId);
    }
}
