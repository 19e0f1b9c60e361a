using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Planning.Activities;

/// <summary>Finds the formulary or RKO a workflow instance carries, tracked, with its lines (one added in this unit included).</summary>
internal static class PlanDocuments
{
    public static async Task<FormularyDocument> FormularyOfAsync(CycleUnit unit, Guid instanceId)
    {
        var local = unit.Db.Formularies.Local.FirstOrDefault(f => f.WorkflowInstanceId == instanceId);
        if (local is not null) return local;
        return await unit.Db.Formularies.Include(f => f.Items).SingleOrDefaultAsync(f => f.WorkflowInstanceId == instanceId)
               ?? throw new InvalidOperationException($"workflow instance {instanceId} carries no formulary");
    }

    public static async Task<FormularyDocument?> FormularyAsync(CycleUnit unit, long id)
    {
        var local = unit.Db.Formularies.Local.FirstOrDefault(f => f.Id == id);
        if (local is not null) return local;
        return await unit.Db.Formularies.Include(f => f.Items).SingleOrDefaultAsync(f => f.Id == id);
    }

    public static async Task<RkoDocument> RkoOfAsync(CycleUnit unit, Guid instanceId)
    {
        var local = unit.Db.Rkos.Local.FirstOrDefault(r => r.WorkflowInstanceId == instanceId);
        if (local is not null) return local;
        return await unit.Db.Rkos.Include(r => r.Lines).SingleOrDefaultAsync(r => r.WorkflowInstanceId == instanceId)
               ?? throw new InvalidOperationException($"workflow instance {instanceId} carries no RKO");
    }

    public static async Task<RkoDocument?> RkoAsync(CycleUnit unit, long id)
    {
        var local = unit.Db.Rkos.Local.FirstOrDefault(r => r.Id == id);
        if (local is not null) return local;
        return await unit.Db.Rkos.Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == id);
    }

    public static string Describe(FormularyDocument formulary) =>
        $"formulary {formulary.Id} ({formulary.FacilityId} {formulary.Year}, {formulary.Status.ToString().ToLowerInvariant()})";

    public static string Describe(RkoDocument rko) =>
        $"RKO {rko.Id} ({rko.FacilityId} {rko.Year}, {rko.Status.ToString().ToLowerInvariant()})";
}
