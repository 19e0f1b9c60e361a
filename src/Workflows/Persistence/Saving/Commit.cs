using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Persistence.Saving;

/// <summary>
/// What the context does around one <c>SaveChanges</c>: refuse changes to history, stamp new revisions on the
/// changed workflow instances, and on failure put the revisions back and say what the failure means.
/// </summary>
internal sealed class Commit
{
    private readonly List<(EntityEntry Entry, long Seen)> _stamped = [];

    private Commit()
    {
    }

    /// <summary>Checks and stamps the tracked changes; the caller has detected them.</summary>
    public static Commit Prepare(ChangeTracker changeTracker)
    {
        var commit = new Commit();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.Entity is StockBalance && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                throw new AppendOnlyException("Stock balances are kept by the save from the stock movements; record a movement instead. Nothing was saved.");
            if (entry.State is not (EntityState.Modified or EntityState.Deleted)) continue;
            RefuseHistoryChange(entry);
            if (entry.State != EntityState.Modified || entry.Entity is not WorkflowInstance instance) continue;
            // The revision the caller holds is the one the row must still have; the row gets the next one.
            var revision = entry.Property(nameof(WorkflowInstance.Revision));
            var seen = instance.Revision;
            revision.OriginalValue = seen;
            revision.CurrentValue = seen + 1;
            commit._stamped.Add((entry, seen));
        }
        return commit;
    }

    /// <summary>Undoes the stamps (the unit of work may be retried) and returns the exception to throw.</summary>
    public Exception Fail(Exception failure)
    {
        foreach (var (entry, seen) in _stamped)
        {
            entry.Property(nameof(WorkflowInstance.Revision)).CurrentValue = seen;
        }
        return failure is DbUpdateException update ? Conflicts.Translate(update) ?? failure : failure;
    }

    private static void RefuseHistoryChange(EntityEntry entry)
    {
        var what = entry.Entity switch
        {
            StockMovement => "stock movement (kartu stok)",
            JournalEntry => "workflow journal entry",
            ThresholdRevision => "threshold revision",
            _ => null,
        };
        if (what is null) return;
        var verb = entry.State == EntityState.Deleted ? "deleted" : "changed";
        throw new AppendOnlyException(
            $"A {what} is history and cannot be {verb}; record a new one instead. Nothing was saved.");
    }
}
