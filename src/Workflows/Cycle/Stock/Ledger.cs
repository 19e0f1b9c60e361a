using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Stock;

/// <summary>
/// Reads and writes a facility's stock card (kartu stok): balances per batch are the saved balances (stock_balances,
/// the sums of the saved movements, kept by every save) plus the movements this unit of work has added but not yet
/// saved, so one command that issues twice sees its own first issue. The saved balances are read once per context and
/// facility until the context saves (shipping reads the supplier's card twice, for picking and for the FEFO rule).
/// </summary>
internal static class Ledger
{
    private static readonly ConditionalWeakTable<RequisitionDbContext, Dictionary<FacilityId, IReadOnlyList<BatchBalance>>> SavedByContext = new();

    /// <summary>Every batch the facility holds a positive quantity of.</summary>
    public static async Task<IReadOnlyList<BatchBalance>> BalancesAsync(
        RequisitionDbContext db, FacilityId facility, CancellationToken cancellationToken = default)
    {
        var saved = await SavedAsync(db, facility, cancellationToken);
        var totals = saved.ToDictionary(
            s => (s.DrugCode, s.Batch, s.Expiry, s.FundSource),
            s => (s.Quantity, Price: s.UnitPrice));
        foreach (var pending in Pending(db, facility))
        {
            var key = (pending.DrugCode, pending.Batch, pending.Expiry, pending.FundSource);
            var (quantity, price) = totals.GetValueOrDefault(key);
            totals[key] = (quantity + pending.Quantity, price ?? pending.UnitPrice);
        }
        return totals.Where(t => t.Value.Quantity > 0)
            .Select(t => new BatchBalance(t.Key.DrugCode, t.Key.Batch, t.Key.Expiry, t.Key.FundSource, t.Value.Quantity, t.Value.Price))
            .OrderBy(b => b.DrugCode.Value, StringComparer.Ordinal).ThenBy(b => b.Expiry).ThenBy(b => b.Batch, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Movements added in this unit of work and not yet saved.</summary>
    public static IReadOnlyList<StockMovement> Pending(RequisitionDbContext db, FacilityId facility)
    {
        // Movements enter only through DbSet.Add, which tracks them as Added at once: no need to detect changes over
        // every tracked line, given row and flag of the unit first, as a plain Entries() call does each time.
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return tracker.Entries<StockMovement>()
                .Where(e => e.State == EntityState.Added && e.Entity.FacilityId == facility)
                .Select(e => e.Entity)
                .ToList();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The saved balances per batch (zero and negative ones included), read once per context until it saves.</summary>
    private static async Task<IReadOnlyList<BatchBalance>> SavedAsync(RequisitionDbContext db, FacilityId facility, CancellationToken cancellationToken)
    {
        var cache = SavedByContext.GetValue(db, context =>
        {
            var byFacility = new Dictionary<FacilityId, IReadOnlyList<BatchBalance>>();
            context.SavedChanges += (_, _) => byFacility.Clear();
            return byFacility;
        });
        if (cache.TryGetValue(facility, out var known)) return known;
        var saved = await db.StockBalances.AsNoTracking()
            .Where(b => b.FacilityId == facility)
            .Select(b => new BatchBalance(b.DrugCode, b.Batch, b.Expiry, b.FundSource, b.Quantity, b.UnitPrice))
            .ToListAsync(cancellationToken);
        cache[facility] = saved;
        return saved;
    }

    /// <summary>
    /// First expired, first out: takes <paramref name="quantity"/> from the batches in expiry order, skipping batches
    /// that expire on or before <paramref name="usableAfter"/> (expired, or too close to expiry to ship). Returns the
    /// picks and what could not be covered.
    /// </summary>
    public static (IReadOnlyList<(BatchBalance Batch, long Quantity)> Picks, long Short) PickFefo(
        IEnumerable<BatchBalance> batches, long quantity, DateOnly usableAfter)
    {
        var picks = new List<(BatchBalance, long)>();
        var left = quantity;
        foreach (var batch in batches.Where(b => b.Expiry > usableAfter && b.Quantity > 0)
                     .OrderBy(b => b.Expiry).ThenBy(b => b.Batch, StringComparer.Ordinal))
        {
            if (left == 0) break;
            var take = Math.Min(left, batch.Quantity);
            picks.Add((batch, take));
            left -= take;
        }
        return (picks, left);
    }

    /// <summary>Adds one movement to the card (positive in, negative out).</summary>
    public static StockMovement Add(
        RequisitionDbContext db, FacilityId facility, BatchBalance batch, MovementKind kind, long quantity, DateOnly on,
        FacilityId? counterparty, string? document, string? note, string recordedBy, DateTimeOffset recordedAt)
    {
        var movement = new StockMovement
        {
            FacilityId = facility,
            DrugCode = batch.DrugCode,
            Batch = batch.Batch,
            Expiry = batch.Expiry,
            FundSource = batch.FundSource,
            Kind = kind,
            Quantity = quantity,
            UnitPrice = batch.UnitPrice,
            OccurredOn = on,
            CounterpartyId = counterparty,
            Document = document,
            Note = note,
            RecordedBy = recordedBy,
            RecordedAt = recordedAt,
        };
        db.StockMovements.Add(movement);
        return movement;
    }
}
