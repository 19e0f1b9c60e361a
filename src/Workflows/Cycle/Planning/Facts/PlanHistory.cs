using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Planning.Facts;

/// <summary>The stock history an annual plan is computed from and checked against.</summary>
internal static class PlanHistory
{
    /// <summary>
    /// The monthly lines of the facility's regular LPLPOs in the 12 months up to its newest reported month (submitted or
    /// later, not after the current month): "the last 12 months" of the RKO formula, whichever month planning happens in.
    /// Empty for a facility that reports no LPLPOs (the IFK).
    /// </summary>
    public static async Task<IReadOnlyList<StockMonth>> LoadAsync(CycleUnit unit, FacilityId facility, ISet<DrugCode>? codes = null)
    {
        var current = Period.Of(unit.Today);
        var periods = await unit.Db.Lplpos.AsNoTracking()
            .Where(r => r.FacilityId == facility && r.Kind == LplpoKind.Regular && r.Status != LplpoStatus.Draft && r.Status != LplpoStatus.Returned)
            .Select(r => r.Period)
            .ToListAsync();
        var reported = periods.Where(p => p <= current).ToList();
        if (reported.Count == 0) return [];
        return await CycleFacts.HistoryAsync(unit, facility, reported.Max().AddMonths(1), codes);
    }
}
