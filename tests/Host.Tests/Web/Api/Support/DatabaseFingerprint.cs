using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;

namespace Requisition.Host.Tests.Web.Api.Support;

/// <summary>Everything an API call could write, counted or listed: two equal fingerprints mean nothing was written between them.</summary>
public static class DatabaseFingerprint
{
    public static async Task<string> OfAsync(RequisitionDatabase database)
    {
        await using var db = database.CreateDbContext();
        var lplpos = await db.Lplpos.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Status, r.Revision }).ToListAsync();
        var lines = await db.LplpoItems.AsNoTracking().Select(l => new { l.Used, l.Lost, l.Closing, l.Requested, l.StockoutDays }).ToListAsync();
        var flags = await db.Flags.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.Status }).ToListAsync();
        var tokens = await db.ApiTokens.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.RevokedAt }).ToListAsync();
        var instances = await db.WorkflowInstances.AsNoTracking().Select(i => i.Revision).ToListAsync();
        return string.Join(" | ",
            string.Join(",", lplpos.Select(r => $"{r.Id}:{r.Status}:r{r.Revision}")),
            $"lines {lines.Count} used {lines.Sum(l => l.Used)} lost {lines.Sum(l => l.Lost)} closing {lines.Sum(l => l.Closing)} requested {lines.Sum(l => l.Requested)} out {lines.Sum(l => l.StockoutDays)}",
            string.Join(",", flags.Select(f => $"{f.Id}:{f.Status}")),
            string.Join(",", tokens.Select(t => $"{t.Id}:{t.RevokedAt is not null}")),
            $"instances {instances.Count} revisions {instances.Sum()}",
            $"journal {await db.Journal.CountAsync()} movements {await db.StockMovements.CountAsync()} given {await db.LplpoGiven.CountAsync()}",
            $"formulary items {await db.FormularyItems.CountAsync()} rko items {await db.RkoItems.CountAsync()} rkos {await db.Rkos.CountAsync()} formularies {await db.Formularies.CountAsync()}",
            $"thresholds {await db.ThresholdRevisions.CountAsync()} idempotency {await db.IdempotencyKeys.CountAsync()}");
    }
}
