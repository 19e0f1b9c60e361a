using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Stock;

/// <summary>
/// What a supplier can still give, per item and funding source: its shippable batches (not expired, not inside the
/// near-expiry error window) less what approved LPLPOs have been given and not yet shipped. Approvals in this unit of
/// work take from it as they go, so one batch approval never gives the same stock twice.
/// </summary>
internal sealed class Availability
{
    private readonly Dictionary<(DrugCode, FundSource), long> _free;
    private readonly Dictionary<(DrugCode, FundSource), DateOnly> _firstExpiry;

    private Availability(Dictionary<(DrugCode, FundSource), long> free, Dictionary<(DrugCode, FundSource), DateOnly> firstExpiry)
    {
        _free = free;
        _firstExpiry = firstExpiry;
    }

    public static async Task<Availability> LoadAsync(CycleUnit unit, FacilityId supplier, long? exceptLplpo)
    {
        var usableAfter = await Distribute.UsableAfterAsync(unit);
        var batches = (await Ledger.BalancesAsync(unit.Db, supplier)).Where(b => b.Expiry > usableAfter).ToList();
        var free = batches.GroupBy(b => (b.DrugCode, b.FundSource)).ToDictionary(g => g.Key, g => g.Sum(b => b.Quantity));
        var firstExpiry = batches.GroupBy(b => (b.DrugCode, b.FundSource)).ToDictionary(g => g.Key, g => g.Min(b => b.Expiry));
        var db = unit.Db;
        // From the supplier's approved LPLPOs to their lines, not from every line ever given: the given table holds
        // every closed month too, and filtering it line by line read all of it on each review.
        var reserved = await (
                from r in db.Lplpos.AsNoTracking()
                where r.SupplierId == supplier && r.Status == LplpoStatus.Approved && r.Id != exceptLplpo
                      && !db.IssueNotes.Any(n => n.LplpoId == r.Id)
                join g in db.LplpoGiven.AsNoTracking() on r.Id equals g.LplpoId
                group g by new { g.DrugCode, g.FundSource } into given
                select new { given.Key.DrugCode, given.Key.FundSource, Quantity = given.Sum(x => x.Quantity) })
            .ToListAsync();
        foreach (var r in reserved)
            free[(r.DrugCode, r.FundSource)] = free.GetValueOrDefault((r.DrugCode, r.FundSource)) - r.Quantity;
        return new Availability(free, firstExpiry);
    }

    public long Free(DrugCode drug, FundSource source) => Math.Max(0, _free.GetValueOrDefault((drug, source)));

    public long Free(DrugCode drug) => _free.Where(p => p.Key.Item1 == drug).Sum(p => Math.Max(0, p.Value));

    /// <summary>Splits a quantity over the funding sources, those whose batches expire first first; null when there is not enough.</summary>
    public IReadOnlyList<SourceQuantity>? Split(DrugCode drug, long quantity)
    {
        var split = new List<SourceQuantity>();
        var left = quantity;
        foreach (var source in Enum.GetValues<FundSource>()
                     .Where(s => Free(drug, s) > 0)
                     .OrderBy(s => _firstExpiry.GetValueOrDefault((drug, s), DateOnly.MaxValue)).ThenBy(s => s))
        {
            if (left == 0) break;
            var take = Math.Min(left, Free(drug, source));
            split.Add(new SourceQuantity(source, take));
            left -= take;
        }
        return left == 0 ? split : null;
    }

    public void Take(DrugCode drug, FundSource source, long quantity) =>
        _free[(drug, source)] = _free.GetValueOrDefault((drug, source)) - quantity;
}
