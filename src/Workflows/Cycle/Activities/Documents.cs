using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>Finds the document a workflow instance carries, tracked, with its lines (one added in this unit included).</summary>
internal static class Documents
{
    public static async Task<LplpoReport> LplpoOfAsync(CycleUnit unit, Guid instanceId)
    {
        var local = unit.Db.Lplpos.Local.FirstOrDefault(r => r.WorkflowInstanceId == instanceId);
        if (local is not null) return local;
        return await WithLinesAsync(unit.Db, unit.Db.Lplpos.Where(r => r.WorkflowInstanceId == instanceId))
               ?? throw new InvalidOperationException($"workflow instance {instanceId} carries no LPLPO");
    }

    public static async Task<LplpoReport?> LplpoAsync(CycleUnit unit, long id)
    {
        var local = unit.Db.Lplpos.Local.FirstOrDefault(r => r.Id == id);
        if (local is not null) return local;
        return await WithLinesAsync(unit.Db, unit.Db.Lplpos.Where(r => r.Id == id));
    }

    /// <summary>
    /// The one LPLPO <paramref name="query"/> finds, with its lines and what was given on each, in three plain queries.
    /// Tracked, EF links them as it tracks them; untracked, they are linked here. (EF's split include compiles a
    /// delegate for each collection it fills, on every call: a noticeable share of a month's cycle.)
    /// </summary>
    public static async Task<LplpoReport?> WithLinesAsync(RequisitionDbContext db, IQueryable<LplpoReport> query, CancellationToken cancellationToken = default)
    {
        var report = await query.SingleOrDefaultAsync(cancellationToken);
        if (report is null) return null;
        var id = report.Id;
        var tracked = db.ChangeTracker.QueryTrackingBehavior == QueryTrackingBehavior.TrackAll && db.Entry(report).State != EntityState.Detached;
        var lines = await db.LplpoItems.Where(l => l.LplpoId == id).ToListAsync(cancellationToken);
        var given = await db.LplpoGiven.Where(g => g.LplpoId == id).ToListAsync(cancellationToken);
        if (tracked) return report;
        var byCode = lines.ToDictionary(l => l.DrugCode);
        foreach (var quantity in given) byCode[quantity.DrugCode].Given.Add(quantity);
        report.Lines = lines;
        return report;
    }

    /// <summary>The SBBK the LPLPO was shipped with, if any (tracked; one added in this unit included).</summary>
    public static async Task<IssueNote?> IssueNoteOfAsync(CycleUnit unit, long lplpoId)
    {
        var local = unit.Db.IssueNotes.Local.FirstOrDefault(n => n.LplpoId == lplpoId);
        if (local is not null) return local;
        return await unit.Db.IssueNotes.Include(n => n.Lines).SingleOrDefaultAsync(n => n.LplpoId == lplpoId);
    }

    public static async Task<GoodsReceipt?> ReceiptOfAsync(CycleUnit unit, long issueNoteId)
    {
        var local = unit.Db.Receipts.Local.FirstOrDefault(r => r.IssueNoteId == issueNoteId);
        if (local is not null) return local;
        return await unit.Db.Receipts.Include(r => r.Lines).SingleOrDefaultAsync(r => r.IssueNoteId == issueNoteId);
    }
}
