using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Indicators;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Indicators;

/// <summary>
/// Reads what the indicators count from the database, in a fixed number of queries whatever the district's size (no
/// query per puskesmas, LPLPO or month), projecting only the columns used; the LPLPO lines, most of the reading, on a
/// connection of their own alongside the rest, and those of closed LPLPOs once per host. See docs/indicators.md for
/// what each list is.
/// </summary>
internal static class IndicatorLoader
{
    /// <summary>How the LPLPO stock lines are named in the basis sentences (they stand in for the stock card).</summary>
    public const string HistorySource = "LPLPO stock lines";

    private static readonly LplpoStatus[] Received = [LplpoStatus.Submitted, LplpoStatus.Approved, LplpoStatus.Closed];
    private static readonly LplpoStatus[] Reviewed = [LplpoStatus.Approved, LplpoStatus.Closed];

    /// <summary>
    /// The data of <paramref name="puskesmas"/> for [<paramref name="from"/>, <paramref name="to"/>]; LPLPOs are read one
    /// month past the range, for the receipts that answer the range's last requests.
    /// </summary>
    public static async Task<LoadedIndicators> LoadAsync(
        CycleUnit unit, IReadOnlyList<FacilityId> puskesmas, Period from, Period to, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var facilities = puskesmas.ToList();
        var periods = Enumerable.Range(0, to.Ordinal - from.Ordinal + 2).Select(from.AddMonths).ToList();

        var reports = await db.Lplpos.AsNoTracking()
            .Where(r => r.Kind == LplpoKind.Regular && facilities.Contains(r.FacilityId) && periods.Contains(r.Period))
            .Select(r => new { r.Id, r.FacilityId, r.Period, r.Status, r.SubmittedAt })
            .ToListAsync(cancellationToken);

        // The lines are most of the reading: read on their own connection (and thread: SQLite's reads are synchronous)
        // while the rest is read on the unit's.
        var wanted = reports.Where(r => Received.Contains(r.Status))
            .Select(r => new LplpoRef(r.Id, r.FacilityId, r.Period, Reviewed.Contains(r.Status), r.Status == LplpoStatus.Closed)).ToList();
        var reading = Task.Run(() => LplpoLineReader.ReadAsync(unit, wanted, cancellationToken), cancellationToken);

        var documents = reports
            .Select(r => new LplpoDocument(r.FacilityId, r.Period,
                Received.Contains(r.Status) && r.SubmittedAt is { } at ? unit.Host.LocalDate(at) : null))
            .ToList();
        // Imported history arrives closed with no submission date: it was received, but nobody knows when.
        var undated = reports.Where(r => Received.Contains(r.Status) && r.SubmittedAt is null)
            .Select(r => new LplpoDocument(r.FacilityId, r.Period, null)).ToList();

        var drugs = await db.Drugs.AsNoTracking()
            .Select(d => new { d.Code, d.Name, d.Form, d.Strength, d.Unit, d.Generic })
            .ToDictionaryAsync(d => d.Code, cancellationToken);
        var items = await FormularyAsync(unit, facilities, to, cancellationToken);
        var fornasIds = await ConfirmedFornasAsync(unit, cancellationToken);
        var catalog = items
            .Where(i => drugs.ContainsKey(i.DrugCode))
            .Select(i =>
            {
                var drug = drugs[i.DrugCode];
                return new CatalogItem(i.Facility, i.DrugCode, drug.Name, drug.Form, drug.Strength, drug.Unit, drug.Generic, i.Price,
                    fornasIds.GetValueOrDefault(i.DrugCode));
            })
            .ToList();
        var statuses = await unit.Host.References.StatusesAsync(db, catalog, cancellationToken);

        var batches = (await db.StockBalances.AsNoTracking()
                .Where(b => facilities.Contains(b.FacilityId) && b.Quantity > 0)
                .Select(b => new { b.FacilityId, b.DrugCode, b.Batch, b.Expiry, b.Quantity, b.UnitPrice })
                .ToListAsync(cancellationToken))
            .Select(b => new BatchStock(b.FacilityId, b.DrugCode, b.Batch, b.Expiry, b.Quantity, b.UnitPrice))
            .ToList();

        var plans = await PlansAsync(unit, facilities, from, to, cancellationToken);
        var receipts = await ReceiptsAsync(unit, facilities, from, to, cancellationToken);
        var reporting = facilities;
        var lines = await reading;
        var count = lines.Values.Sum(l => l.Lines.Length);
        var history = new List<StockMonth>(count);
        var lplpo = new List<LplpoLine>(count);
        foreach (var facts in lines.Values)
        {
            history.AddRange(facts.History);
            lplpo.AddRange(facts.Lines);
        }

        var data = new IndicatorData(catalog, statuses, history, lplpo, batches, [], receipts, IndicatorDrugs: null, unit.Today,
            documents, reporting, plans, HistorySource, undated);
        return new LoadedIndicators(data,
            reports.GroupBy(r => (r.FacilityId, r.Period)).ToDictionary(g => g.Key, g => g.Min(r => r.Id)),
            drugs.ToDictionary(d => d.Key, d => d.Value.Name));
    }

    /// <summary>Per puskesmas, the items and unit prices of its established formulary for the range's last year (or the newest before it, else the newest).</summary>
    private static async Task<List<(FacilityId Facility, DrugCode DrugCode, decimal Price)>> FormularyAsync(
        CycleUnit unit, List<FacilityId> facilities, Period to, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var established = await db.Formularies.AsNoTracking()
            .Where(f => f.Status == PlanStatus.Established && facilities.Contains(f.FacilityId))
            .Select(f => new { f.Id, f.FacilityId, f.Year })
            .ToListAsync(cancellationToken);
        var chosen = established
            .GroupBy(f => f.FacilityId)
            .Select(g => g.Where(f => f.Year <= to.Year).OrderByDescending(f => f.Year).FirstOrDefault() ?? g.OrderByDescending(f => f.Year).First())
            .ToDictionary(f => f.Id, f => f.FacilityId);
        var ids = chosen.Keys.ToList();
        var items = await db.FormularyItems.AsNoTracking()
            .Where(i => ids.Contains(i.FormularyId))
            .Select(i => new { i.FormularyId, i.DrugCode, i.UnitPrice })
            .ToListAsync(cancellationToken);
        return items.Select(i => (chosen[i.FormularyId], i.DrugCode, i.UnitPrice)).ToList();
    }

    /// <summary>FORNAS ids a person confirmed for a drug (they win over automatic matching, as in the rules' catalog).</summary>
    private static async Task<Dictionary<DrugCode, string>> ConfirmedFornasAsync(CycleUnit unit, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var confirmed = await db.ConfirmedMappings.AsNoTracking()
            .Where(m => m.FornasItemId != null)
            .Join(db.FornasItems.AsNoTracking(), m => m.FornasItemId, f => f.Id, (m, f) => new { m.DrugCode, f.FornasId })
            .ToListAsync(cancellationToken);
        return confirmed.GroupBy(c => c.DrugCode).ToDictionary(g => g.Key, g => g.Last().FornasId);
    }

    /// <summary>The established RKO lines of each year the range touches (their planned need; the other terms are left 0).</summary>
    private static async Task<IReadOnlyList<RkoYear>> PlansAsync(
        CycleUnit unit, List<FacilityId> facilities, Period from, Period to, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var (first, last) = (from.Year, to.Year);
        var rows = await (
                from i in db.RkoItems.AsNoTracking()
                join d in db.Rkos.AsNoTracking() on i.RkoId equals d.Id
                where d.Status == PlanStatus.Established && facilities.Contains(d.FacilityId) && d.Year >= first && d.Year <= last
                select new { d.Year, d.FacilityId, i.DrugCode, i.PlannedNeed })
            .ToListAsync(cancellationToken);
        // The indicators read the planned need (A) only; the terms it was computed from are not read.
        return rows
            .GroupBy(r => r.Year)
            .OrderBy(g => g.Key)
            .Select(g => new RkoYear(g.Key, g.Select(r => new RkoLine(r.FacilityId, r.DrugCode, 0, 0, 0, 0, 0, r.PlannedNeed)).ToList()))
            .ToList();
    }

    /// <summary>The goods receipts (penerimaan) of the puskesmas confirmed during the range, in the district's calendar.</summary>
    private static async Task<IReadOnlyList<Receipt>> ReceiptsAsync(
        CycleUnit unit, List<FacilityId> facilities, Period from, Period to, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var start = new DateTimeOffset(from.FirstDay.ToDateTime(TimeOnly.MinValue), unit.Host.UtcOffset);
        var end = new DateTimeOffset(to.AddMonths(1).FirstDay.ToDateTime(TimeOnly.MinValue), unit.Host.UtcOffset);
        var rows = await (
                from l in db.ReceiptLines.AsNoTracking()
                join g in db.Receipts.AsNoTracking() on l.ReceiptId equals g.Id
                join n in db.IssueNotes.AsNoTracking() on g.IssueNoteId equals n.Id
                join s in db.IssueNoteLines.AsNoTracking() on l.IssueNoteLineId equals s.Id
                where facilities.Contains(n.ToId) && g.ReceivedAt >= start && g.ReceivedAt < end
                select new { n.Number, n.ToId, s.DrugCode, s.Batch, s.Quantity, l.Accepted, l.Rejected, l.Reason })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Receipt(r.Number, r.ToId, r.DrugCode, r.Batch, r.Quantity, r.Accepted, r.Rejected, r.Reason)).ToList();
    }
}
