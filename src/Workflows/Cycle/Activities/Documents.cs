using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>Finds the document a workflow instance carries, tracked, with its lines (one added in this unit included).</summary>
internal static class Documents
{
    public static async Task<LplpoReport> LplpoOfAsync(CycleUnit unit, Guid instanceId)
    {
        var local = unit.Db.Lplpos.Local.FirstOrDefault(r => r.WorkflowInstanceId == instanceId);
        if (local is not null) return local;
        return await unit.Db.Lplpos.Include(r => r.Lines).ThenInclude(l => l.Given).AsSplitQuery()
                   .SingleOrDefaultAsync(r => r.WorkflowInstanceId == instanceId)
               ?? throw new InvalidOperationException($"workflow instance {instanceId} carries no LPLPO");
    }

    public static async Task<LplpoReport?> LplpoAsync(CycleUnit unit, long id)
    {
        var local = unit.Db.Lplpos.Local.FirstOrDefault(r => r.Id == id);
        if (local is not null) return local;
        return await unit.Db.Lplpos.Include(r => r.Lines).ThenInclude(l => l.Given).AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id);
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
