using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Cycle.Planning;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;
using Requisition.Workflows.Runtime.Instances;

namespace Requisition.Workflows.Cycle;

/// <summary>One item of a facility's stock: its batches, its average monthly use and how many months the stock lasts.</summary>
/// <param name="AverageMonthlyUse">Pemakaian rata-rata per bulan over the facility's reported months (adjusted for stock-out days).</param>
/// <param name="MonthsOfStock">Tingkat ketersediaan = total / average monthly use; null without any use to divide by.</param>
/// <param name="Category">out, short, safe or excess by the thresholds in force; null without a months-of-stock figure.</param>
public sealed record StockItemView(
    string DrugCode, string Name, string Unit, long Total, decimal AverageMonthlyUse, decimal? MonthsOfStock, string? Category,
    IReadOnlyList<StockView> Batches);

/// <summary>A facility's stock by item, with the threshold version its categories were judged by and the months its use came from.</summary>
public sealed record StockSummaryView(string FacilityId, string ThresholdVersion, IReadOnlyList<string> UsePeriods, IReadOnlyList<StockItemView> Items);

/// <summary>A formulary or RKO as a list shows it.</summary>
/// <param name="Kind">formulary or rko.</param>
/// <param name="Status">draft, returned, submitted (waiting for the head) or established.</param>
public sealed record PlanSummary(string Kind, long Id, string FacilityId, int Year, string Status, int Lines, IReadOnlyList<string> Waiting);

/// <summary>
/// What a puskesmas's own screens need beyond <see cref="CycleQueries"/>: its stock by item with months of stock, its
/// formularies and RKOs, and every flag an LPLPO ever raised (the resolved ones too, for its timeline). Never writes.
/// </summary>
public sealed class FacilityQueries
{
    private readonly CycleHost _host;

    internal FacilityQueries(CycleHost host) => _host = host;

    /// <summary>
    /// The facility's stock card by item. The average monthly use comes from the facility's regular LPLPOs that were
    /// submitted (the draft of the month does not count: its figures are not final), the last 12 months before next
    /// month, by <see cref="AverageMonthlyUse"/>; months of stock and its category by <see cref="MonthsOfStock"/>.
    /// Items used in those months but out of stock now are listed with a total of 0.
    /// </summary>
    public Task<StockSummaryView> StockAsync(Actor actor, string facilityId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await RequireVisibleAsync(unit, facilityId, $"facility {facilityId}");
            var facility = new FacilityId(facilityId);
            var thresholds = await unit.ThresholdsAsync();
            var balances = await Ledger.BalancesAsync(unit.Db, facility, cancellationToken);
            var history = await CycleFacts.HistoryAsync(unit, facility, Period.Of(unit.Today).AddMonths(1));
            var drugs = await unit.Db.Drugs.AsNoTracking().ToDictionaryAsync(d => d.Code, cancellationToken);
            var use = history.GroupBy(m => m.DrugCode).ToDictionary(g => g.Key, g => AverageMonthlyUse.OfStockCard(g));
            var batches = balances.GroupBy(b => b.DrugCode).ToDictionary(g => g.Key, g => g.ToList());
            var codes = batches.Keys.Concat(use.Where(u => u.Value > 0).Select(u => u.Key)).Distinct()
                .OrderBy(c => c.Value, StringComparer.Ordinal);
            var items = codes.Select(code =>
            {
                var held = batches.GetValueOrDefault(code) ?? [];
                var total = held.Sum(b => b.Quantity);
                var average = use.GetValueOrDefault(code);
                var months = MonthsOfStock.Compute(total, average);
                var category = months is { } m
                    ? MonthsOfStock.Categorize(m, thresholds.OutBelowMonths, thresholds.SafeFromMonths, thresholds.ExcessMonths).ToString().ToLowerInvariant()
                    : null;
                var drug = drugs.GetValueOrDefault(code);
                return new StockItemView(code.Value, drug?.Name ?? "", drug?.Unit ?? "", total, average, months, category,
                    held.Select(b => new StockView(b.DrugCode.Value, b.Batch, b.Expiry, b.FundSource.ToString(), b.Quantity)).ToList());
            }).ToList();
            var periods = history.Select(m => m.Period).Distinct().Order().Select(p => p.ToString()).ToList();
            return new StockSummaryView(facilityId, thresholds.Version, periods, items);
        }, cancellationToken);

    /// <summary>The formularies and RKOs of the facilities the actor sees (its own, and those it supplies), newest year first.</summary>
    public Task<IReadOnlyList<PlanSummary>> PlansAsync(Actor actor, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var visible = await VisibleAsync(unit);
            var formularies = await unit.Db.Formularies.AsNoTracking()
                .Select(f => new { f.Id, f.FacilityId, f.Year, f.Status, f.WorkflowInstanceId, Lines = f.Items.Count }).ToListAsync(cancellationToken);
            var rkos = await unit.Db.Rkos.AsNoTracking()
                .Select(r => new { r.Id, r.FacilityId, r.Year, r.Status, r.WorkflowInstanceId, Lines = r.Lines.Count }).ToListAsync(cancellationToken);
            var plans = formularies.Select(f => (Kind: "formulary", f.Id, f.FacilityId, f.Year, f.Status, f.WorkflowInstanceId, f.Lines, Establish: FormularyCommands.EstablishTask))
                .Concat(rkos.Select(r => (Kind: "rko", r.Id, r.FacilityId, r.Year, r.Status, r.WorkflowInstanceId, r.Lines, Establish: RkoCommands.EstablishTask)))
                .Where(p => visible is null || visible.Contains(p.FacilityId.Value))
                .ToList();
            var result = new List<PlanSummary>(plans.Count);
            foreach (var plan in plans)
            {
                IReadOnlyList<string> waiting = [];
                string? returned = null;
                if (plan.WorkflowInstanceId is { } instanceId && plan.Status != PlanStatus.Established)
                {
                    waiting = (await unit.Store.BookmarksAsync(instanceId)).Where(b => b.Kind == BookmarkKind.HumanTask).Select(b => b.Name).ToList();
                    if (await unit.Store.FindInstanceAsync(instanceId, cancellationToken) is { } instance) returned = PlanActions.ReturnReason(instance);
                }
                result.Add(new PlanSummary(plan.Kind, plan.Id, plan.FacilityId.Value, plan.Year, PlanActions.Status(plan.Status, waiting, returned, plan.Establish),
                    plan.Lines, waiting));
            }
            return (IReadOnlyList<PlanSummary>)result.OrderByDescending(p => p.Year).ThenBy(p => p.FacilityId, StringComparer.Ordinal)
                .ThenBy(p => p.Kind, StringComparer.Ordinal).ToList();
        }, cancellationToken);

    /// <summary>Every flag the LPLPO's workflow raised at any step, resolved ones included, in the order they were raised.</summary>
    public Task<IReadOnlyList<FlagView>> LplpoFlagsAsync(Actor actor, long lplpoId, CancellationToken cancellationToken = default) =>
        _host.ReadAsync(actor, async unit =>
        {
            await Access.RequireKnownAsync(unit);
            var report = await unit.Db.Lplpos.AsNoTracking().Where(r => r.Id == lplpoId)
                .Select(r => new { r.FacilityId, r.SupplierId, r.WorkflowInstanceId }).SingleOrDefaultAsync(cancellationToken);
            var visible = await VisibleAsync(unit);
            if (report is null || (visible is not null && !visible.Contains(report.FacilityId.Value) && !visible.Contains(report.SupplierId.Value)))
                throw new NotFoundException($"no LPLPO {lplpoId}");
            if (report.WorkflowInstanceId is not { } instance) return (IReadOnlyList<FlagView>)[];
            return await unit.Db.Flags.AsNoTracking().Where(f => f.WorkflowInstanceId == instance).OrderBy(f => f.Id)
                .Select(FlagView.Stored).ToListAsync(cancellationToken);
        }, cancellationToken);

    private static async Task RequireVisibleAsync(CycleUnit unit, string facilityId, string what)
    {
        await Access.RequireKnownAsync(unit);
        var visible = await VisibleAsync(unit);
        if (visible is not null && !visible.Contains(facilityId)) throw new NotFoundException($"no {what} visible to {unit.Actor.UserId}");
    }

    /// <summary>The facility the actor acts for and every facility below it; null for an administrator (all of them).</summary>
    private static async Task<HashSet<string>?> VisibleAsync(CycleUnit unit)
    {
        if (unit.Actor.Role == CycleRoles.Administrator) return null;
        var facilities = await unit.Db.Facilities.AsNoTracking().Select(f => new { f.Id, f.ParentId }).ToListAsync();
        var visible = new HashSet<string>(StringComparer.Ordinal);
        if (unit.Actor.FacilityId is { } own) visible.Add(own);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var f in facilities.Where(f => f.ParentId is { } p && visible.Contains(p.Value) && !visible.Contains(f.Id.Value)))
                grew |= visible.Add(f.Id.Value);
        }
        return visible;
    }
}
