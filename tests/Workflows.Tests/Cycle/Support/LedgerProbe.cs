using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Tests.Cycle.Support;

/// <summary>
/// Reads the planning cycle's rows straight from the database, in a context of its own (what was committed, nothing
/// the commands' own units hold): row counts of everything a command writes, the stock card's sums per SBBK, batch and
/// period, and one document's flags, journal and variables.
/// </summary>
internal sealed class LedgerProbe(RequisitionDatabase database)
{
    /// <summary>
    /// Everything a command may write, counted, summed or listed: two snapshots are equal when nothing was written
    /// between them (new rows, changed statuses, a moved instance, an acknowledged flag, an edited line).
    /// </summary>
    public sealed record Rows(
        int Movements, int IssueNotes, int IssueLines, int Receipts, int ReceiptLines, int Flags, int Journal, int IdempotencyKeys,
        int Given, int Instances, int Bookmarks, long Revisions, string LplpoStates, string FlagStates, string LineTotals);

    /// <summary>One SBBK as the ledger and the receipt see it (quantities as positive numbers).</summary>
    public sealed record Sbbk(
        string Number, long? LplpoId, string From, string To, long Shipped, long IssuedFromCard, long ReceivedOnCard, long Accepted, long Rejected, bool Received);

    /// <summary>One facility's balance of one batch of one item from one funding source.</summary>
    public sealed record BatchTotal(string Facility, string DrugCode, string Batch, DateOnly Expiry, FundSource Source, long Quantity);

    public async Task<Rows> RowsAsync()
    {
        await using var db = database.CreateDbContext();
        var lplpos = await db.Lplpos.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.Status }).ToListAsync();
        var flags = await db.Flags.AsNoTracking().OrderBy(f => f.Id).Select(f => new { f.Id, f.Status }).ToListAsync();
        var lines = await db.LplpoItems.AsNoTracking().Select(l => new { l.Used, l.Lost, l.Closing, l.Requested, l.StockoutDays }).ToListAsync();
        return new Rows(
            await db.StockMovements.CountAsync(),
            await db.IssueNotes.CountAsync(),
            await db.IssueNoteLines.CountAsync(),
            await db.Receipts.CountAsync(),
            await db.ReceiptLines.CountAsync(),
            flags.Count,
            await db.Journal.CountAsync(),
            await db.IdempotencyKeys.CountAsync(),
            await db.LplpoGiven.CountAsync(),
            await db.WorkflowInstances.CountAsync(),
            await db.Bookmarks.CountAsync(),
            (await db.WorkflowInstances.AsNoTracking().Select(i => i.Revision).ToListAsync()).Sum(),
            string.Join(",", lplpos.Select(r => $"{r.Id}:{r.Status}")),
            string.Join(",", flags.Select(f => $"{f.Id}:{f.Status}")),
            $"{lines.Count} lines, used {lines.Sum(l => l.Used)}, lost {lines.Sum(l => l.Lost)}, closing {lines.Sum(l => l.Closing)}, " +
            $"requested {lines.Sum(l => l.Requested)}, stock-out days {lines.Sum(l => l.StockoutDays)}");
    }

    /// <summary>Every SBBK with what its lines say, what the two stock cards moved under its number, and what the receipt says.</summary>
    public async Task<IReadOnlyList<Sbbk>> SbbksAsync()
    {
        await using var db = database.CreateDbContext();
        var notes = await db.IssueNotes.AsNoTracking().Include(n => n.Lines).OrderBy(n => n.Id).ToListAsync();
        var movements = await db.StockMovements.AsNoTracking().Where(m => m.Document != null)
            .Select(m => new { m.FacilityId, m.Kind, m.Document, m.Quantity }).ToListAsync();
        var receipts = await db.Receipts.AsNoTracking().Include(r => r.Lines).ToListAsync();
        return notes.Select(n =>
        {
            var receipt = receipts.SingleOrDefault(r => r.IssueNoteId == n.Id);
            return new Sbbk(n.Number, n.LplpoId, n.FromId.Value, n.ToId.Value,
                n.Lines.Sum(l => l.Quantity),
                -movements.Where(m => m.FacilityId == n.FromId && m.Kind == MovementKind.Issue && m.Document == n.Number).Sum(m => m.Quantity),
                movements.Where(m => m.FacilityId == n.ToId && m.Kind == MovementKind.Receipt && m.Document == n.Number).Sum(m => m.Quantity),
                receipt?.Lines.Sum(l => l.Accepted) ?? 0,
                receipt?.Lines.Sum(l => l.Rejected) ?? 0,
                receipt is not null);
        }).ToList();
    }

    /// <summary>Every facility/item/batch/funding source balance, summed from the movements by the database.</summary>
    public async Task<IReadOnlyList<BatchTotal>> BalancesAsync()
    {
        await using var db = database.CreateDbContext();
        var totals = await db.StockMovements.AsNoTracking()
            .GroupBy(m => new { m.FacilityId, m.DrugCode, m.Batch, m.Expiry, m.FundSource })
            .Select(g => new { g.Key.FacilityId, g.Key.DrugCode, g.Key.Batch, g.Key.Expiry, g.Key.FundSource, Quantity = g.Sum(m => m.Quantity) })
            .ToListAsync();
        return totals.Select(t => new BatchTotal(t.FacilityId.Value, t.DrugCode.Value, t.Batch, t.Expiry, t.FundSource, t.Quantity)).ToList();
    }

    /// <summary>
    /// What the facility's card took out in <paramref name="period"/> as <paramref name="kind"/> with no counterparty (use by
    /// patients, losses), per item, as a positive quantity (reversals of a revised LPLPO counted against it).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> TakenOutAsync(string facility, Period period, MovementKind kind)
    {
        await using var db = database.CreateDbContext();
        var id = new FacilityId(facility);
        var (first, last) = (period.FirstDay, period.LastDay);
        var sums = await db.StockMovements.AsNoTracking()
            .Where(m => m.FacilityId == id && m.Kind == kind && m.CounterpartyId == null && m.OccurredOn >= first && m.OccurredOn <= last)
            .GroupBy(m => m.DrugCode)
            .Select(g => new { DrugCode = g.Key, Quantity = g.Sum(m => m.Quantity) })
            .ToListAsync();
        return sums.ToDictionary(s => s.DrugCode.Value, s => -s.Quantity);
    }

    public async Task<IReadOnlyList<LplpoReport>> LplposAsync(Period period)
    {
        await using var db = database.CreateDbContext();
        return await db.Lplpos.AsNoTracking().Include(r => r.Lines).ThenInclude(l => l.Given)
            .Where(r => r.Period == period).OrderBy(r => r.Id).ToListAsync();
    }

    public async Task<LplpoReport> LplpoAsync(long id)
    {
        await using var db = database.CreateDbContext();
        return await db.Lplpos.AsNoTracking().Include(r => r.Lines).ThenInclude(l => l.Given).SingleAsync(r => r.Id == id);
    }

    public async Task<IReadOnlyList<LplpoGiven>> GivenAsync(long lplpoId)
    {
        await using var db = database.CreateDbContext();
        return await db.LplpoGiven.AsNoTracking().Where(g => g.LplpoId == lplpoId).ToListAsync();
    }

    public async Task<IReadOnlyList<FlagRecord>> FlagsAsync(Guid instanceId)
    {
        await using var db = database.CreateDbContext();
        return await db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instanceId).OrderBy(f => f.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId)
    {
        await using var db = database.CreateDbContext();
        return await db.Journal.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid instanceId)
    {
        await using var db = database.CreateDbContext();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
    }

    public async Task<JsonObject> VariablesAsync(Guid instanceId) => (JsonObject)JsonNode.Parse((await InstanceAsync(instanceId)).VariablesJson)!;

    public async Task<IReadOnlyList<Bookmark>> BookmarksAsync(Guid instanceId)
    {
        await using var db = database.CreateDbContext();
        return await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.DueAt).ThenBy(b => b.Name).ToListAsync();
    }
}
