using Microsoft.EntityFrameworkCore;
using Requisition.Host.Tests.Web.Support;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Host.Tests.Web.Api.Support;

/// <summary>The documents of one puskesmas the access matrix calls on: its October draft, its 2027 plans, a stored flag.</summary>
public sealed record Targets(string Facility, long Draft, Guid Instance, long Formulary, long Rko, long Flag);

/// <summary>
/// The demo district with what the access matrix needs: for each of the two puskesmas a 2027 formulary (emptied, so a
/// submit is refused for having no items) and RKO; and an API token client per
/// role, acting for the first puskesmas (the sub-unit: one of its sub-units; the IFK and the administrator: the district).
/// </summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public WebFixture Web { get; } = new();

    /// <summary>The caller's own puskesmas (Users.Puskesmas[0]) and the foreign one ([1]).</summary>
    public Targets Own { get; private set; } = null!;

    public Targets Foreign { get; private set; } = null!;

    public IReadOnlyDictionary<string, HttpClient> Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Web.InitializeAsync();
        var cycle = Web.Cycle;
        Own = await PuskesmasAsync(cycle, Web.Users.Puskesmas[0]);
        Foreign = await PuskesmasAsync(cycle, Web.Users.Puskesmas[1]);

        await using var db = cycle.Database.CreateDbContext();
        var ownId = new FacilityId(Own.Facility);
        var subUnits = await db.Facilities.AsNoTracking().Where(f => f.ParentId == ownId).Select(f => f.Id.Value).ToListAsync();
        var subUnit = Web.Users.Roles.First(r => r.Role == CycleRoles.SubUnit && subUnits.Contains(r.Facility!));
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in new[] { CycleRoles.Staff, CycleRoles.Pharmacist, CycleRoles.Head })
            clients[role] = await Web.TokenClientAsync(Web.Users.One(role, Own.Facility), role, Own.Facility);
        clients[CycleRoles.SubUnit] = await Web.TokenClientAsync(subUnit.User, CycleRoles.SubUnit, subUnit.Facility);
        clients[CycleRoles.IfkOfficer] = await Web.TokenClientAsync(Web.Users.IfkOfficer, CycleRoles.IfkOfficer, Web.Users.IfkId);
        clients[CycleRoles.Administrator] = await Web.TokenClientAsync(Web.Users.Administrator, CycleRoles.Administrator, null);
        Clients = clients;
    }

    async Task IAsyncLifetime.DisposeAsync() => await ((IAsyncLifetime)Web).DisposeAsync();

    private async Task<Targets> PuskesmasAsync(CycleHost cycle, string facility)
    {
        var pharmacist = new Actor(Web.Users.One(CycleRoles.Pharmacist, facility), CycleRoles.Pharmacist, facility);
        var draft = (await cycle.Queries.LplposAsync(pharmacist, status: LplpoStatus.Draft)).First(l => l.FacilityId == facility);
        var view = await cycle.Queries.LplpoAsync(pharmacist, draft.Id);
        var formulary = await cycle.Formulary.StartAsync(pharmacist, new StartPlanInput(2027));
        var items = (await cycle.Formulary.GetAsync(pharmacist, formulary.DocumentId)).Items;
        if (items.Count > 0) await cycle.Formulary.RemoveItemsAsync(pharmacist, formulary.DocumentId, new RemoveItemsInput(items.Select(i => i.DrugCode).ToList()));
        var rko = await cycle.Rko.StartAsync(pharmacist, new StartPlanInput(2027));
        await using var db = cycle.Database.CreateDbContext();
        var id = new FacilityId(facility);
        var flag = await db.Flags.AsNoTracking().Where(f => f.FacilityId == id).OrderBy(f => f.Id).Select(f => f.Id).FirstAsync();
        return new Targets(facility, draft.Id, view.InstanceId!.Value, formulary.DocumentId, rko.DocumentId, flag);
    }
}
