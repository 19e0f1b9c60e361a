using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets.Planning;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Cycle;

/// <summary>
/// What a supplier (the IFK, or a puskesmas for its sub-units) looks at: the queue of LPLPOs sent to it, the batches a
/// shipment will take, and its own stock against expiry and excess. Reads in a few queries whatever the district's
/// size, never one per LPLPO. Never writes.
/// </summary>
public sealed class DistrictQueries
{
    /// <summary>Months of issues the warehouse's average monthly issues are taken over.</summary>
    public const int IssueWindowMonths = 3;

    private static readonly LplpoStatus[] Queued = [LplpoStatus.Draft, LplpoStatus.Returned, LplpoStatus.Submitted, LplpoStatus.Approved];

    private readonly CycleHost _host;

    internal DistrictQueries(CycleHost host) => _host = host;

    /// <summary>
    /// The LPLPOs sent to the actor's facility that are not finished: drafts and returned ones (to see who is late),
    /// submitted ones (to review) and approved ones not yet shipped. One query for the list, one for the open flags.
    /// </summary>
    public Task<IReadOnlyList<QueueEntry>> QueueAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var supplier = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, supplier, CycleRoles.IfkOfficer, CycleRoles.Pharmacist);
            var supplierId = new FacilityId(supplier);
            var db = unit.Db;
            var reports = await (
                    from r in db.Lplpos.AsNoTracking()
                    where r.SupplierId == supplierId && Queued.Contains(r.Status)
                          && !(r.Status == LplpoStatus.Approved && db.IssueNotes.Any(n => n.LplpoId == r.Id))
                    join f in db.Facilities.AsNoTracking() on r.FacilityId equals f.Id
                    select new { r.Id, r.FacilityId, f.Name, r.Period, r.Kind, r.Status, r.SubmittedAt, r.WorkflowInstanceId, r.Revision, Lines = r.Lines.Count })
                .ToListAsync(cancellationToken);
            var instances = reports.Where(r => r.WorkflowInstanceId is not null).Select(r => r.WorkflowInstanceId!.Value).ToList();
            var open = await db.Flags.AsNoTracking()
                .Where(f => f.Status == FlagStatus.Open && f.WorkflowInstanceId != null && instances.Contains(f.WorkflowInstanceId.Value))
                .GroupBy(f => f.WorkflowInstanceId!.Value).Select(g => new { Instance = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Instance, g => g.Count, cancellationToken);
            var thresholds = await unit.ThresholdsAsync();
            return (IReadOnlyList<QueueEntry>)reports
                .Select(r =>
                {
                    DateOnly? due = r.Kind == LplpoKind.Regular ? LateLplpo.DueDate(r.Period, thresholds) : null;
                    var on = r.SubmittedAt is { } at ? _host.LocalDate(at) : unit.Today;
                    return new QueueEntry(r.Id, r.FacilityId.Value, r.Name, r.Period.ToString(), r.Kind.ToString().ToLowerInvariant(),
                        r.Status.ToString().ToLowerInvariant(), r.SubmittedAt, due, due is { } d && on > d, r.Lines,
                        r.WorkflowInstanceId is { } w ? open.GetValueOrDefault(w) : 0, r.Revision);
                })
                .OrderBy(e => e.SubmittedAt ?? DateTimeOffset.MaxValue).ThenBy(e => e.FacilityId, StringComparer.Ordinal).ThenBy(e => e.Id)
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// The batches shipping the approved LPLPO would take now: per item and funding source given, the supplier's
    /// batches first expired first out, skipping those inside the near-expiry error window, as the shipment picks them.
    /// </summary>
    public Task<ShipPreview> ShipPreviewAsync(Actor actor, long lplpoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var report = await Documents.WithLinesAsync(unit.Db, unit.Db.Lplpos.Where(r => r.Id == lplpoId), cancellationToken);
            if (report is null || report.SupplierId.Value != actor.FacilityId) throw new NotFoundException($"no LPLPO {lplpoId}");
            var usableAfter = await Distribute.UsableAfterAsync(unit);
            var balances = (await Ledger.BalancesAsync(unit.Db, report.SupplierId, cancellationToken)).ToLookup(b => (b.DrugCode, b.FundSource));
            var names = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Name, cancellationToken);
            var picks = new List<ShipPick>();
            var shortages = new List<ShipShortage>();
            foreach (var line in report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal))
            {
                foreach (var given in line.Given.Where(g => g.Quantity > 0).OrderBy(g => g.FundSource))
                {
                    var (taken, shortBy) = Ledger.PickFefo(balances[(line.DrugCode, given.FundSource)], given.Quantity, usableAfter);
                    if (shortBy > 0) shortages.Add(new ShipShortage(line.DrugCode.Value, given.FundSource.ToString(), given.Quantity, shortBy));
                    picks.AddRange(taken.Select(p => new ShipPick(line.DrugCode.Value, names.GetValueOrDefault(line.DrugCode, ""),
                        given.FundSource.ToString(), p.Batch.Batch, p.Batch.Expiry, p.Quantity)));
                }
            }
            return new ShipPreview(report.Id, usableAfter, picks, shortages);
        }, cancellationToken);

    /// <summary>The SBBK of an LPLPO, for its sender or its receiver to print; not found before it is shipped.</summary>
    public Task<SbbkView> SbbkAsync(Actor actor, long lplpoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var db = unit.Db;
            var note = await db.IssueNotes.AsNoTracking().Include(n => n.Lines).SingleOrDefaultAsync(n => n.LplpoId == lplpoId, cancellationToken);
            if (note is null || (actor.Role != CycleRoles.Administrator && actor.FacilityId != note.FromId.Value && actor.FacilityId != note.ToId.Value))
                throw new NotFoundException($"no SBBK for LPLPO {lplpoId}");
            var names = await db.Facilities.AsNoTracking().Where(f => f.Id == note.FromId || f.Id == note.ToId).ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
            var drugs = await db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => (d.Name, d.Unit), cancellationToken);
            return new SbbkView(note.Number, note.LplpoId, note.FromId.Value, names.GetValueOrDefault(note.FromId, ""), note.ToId.Value,
                names.GetValueOrDefault(note.ToId, ""), note.IssuedBy, note.IssuedAt,
                note.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal).ThenBy(l => l.Expiry).ThenBy(l => l.Id)
                    .Select(l => new SbbkLine(l.Id, l.DrugCode.Value, drugs.GetValueOrDefault(l.DrugCode).Name ?? "", drugs.GetValueOrDefault(l.DrugCode).Unit ?? "",
                        l.Batch, l.Expiry, l.FundSource.ToString(), l.Quantity)).ToList());
        }, cancellationToken);

    /// <summary>
    /// The actor's facility's stock by item and batch, with months of stock against its average monthly issues over
    /// the last <see cref="IssueWindowMonths"/> months, excess over the excess threshold, and each batch's expiry band.
    /// </summary>
    public Task<IReadOnlyList<WarehouseStockLine>> WarehouseStockAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            var facility = actor.FacilityId ?? "";
            await Access.RequireAsync(unit, facility, CycleRoles.IfkOfficer, CycleRoles.Pharmacist);
            var facilityId = new FacilityId(facility);
            var thresholds = await unit.ThresholdsAsync();
            var batches = await Ledger.BalancesAsync(unit.Db, facilityId, cancellationToken);
            var drugs = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, d => (d.Name, d.Unit), cancellationToken);
            var to = new DateOnly(unit.Today.Year, unit.Today.Month, 1);
            var from = to.AddMonths(-IssueWindowMonths);
            var issued = await unit.Db.StockMovements.AsNoTracking()
                .Where(m => m.FacilityId == facilityId && m.Kind == MovementKind.Issue && m.OccurredOn >= from && m.OccurredOn < to)
                .GroupBy(m => m.DrugCode).Select(g => new { Drug = g.Key, Quantity = -g.Sum(m => m.Quantity) })
                .ToDictionaryAsync(g => g.Drug, g => g.Quantity, cancellationToken);
            var totals = batches.GroupBy(b => b.DrugCode).ToDictionary(g => g.Key, g => g.Sum(b => b.Quantity));
            return (IReadOnlyList<WarehouseStockLine>)batches.Select(b =>
            {
                var total = totals[b.DrugCode];
                decimal? average = issued.TryGetValue(b.DrugCode, out var q) && q > 0 ? Math.Round((decimal)q / IssueWindowMonths, 1) : null;
                decimal? months = average is { } a ? Math.Round(total / a, 1) : null;
                var (name, unitName) = drugs.GetValueOrDefault(b.DrugCode, ("", ""));
                return new WarehouseStockLine(b.DrugCode.Value, name, unitName, b.Batch, b.Expiry, b.FundSource.ToString(), b.Quantity, total,
                    average, months, Band(b.Expiry, unit.Today, thresholds), months is { } m && m > thresholds.ExcessMonths);
            }).ToList();
        }, cancellationToken);

    /// <summary>expired, error, warning, info or ok: which near-expiry window the batch is inside today.</summary>
    private static string Band(DateOnly expiry, DateOnly today, Rules.Thresholds.ThresholdSet t) =>
        expiry <= today ? "expired"
        : expiry <= today.AddMonths(t.NearExpiryErrorMonths) ? "error"
        : expiry <= today.AddMonths(t.NearExpiryWarningMonths) ? "warning"
        : expiry <= today.AddMonths(t.NearExpiryInfoMonths) ? "info"
        : "ok";
}
