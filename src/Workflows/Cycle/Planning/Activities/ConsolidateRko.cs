using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Planning.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Planning.Activities;

/// <summary>
/// Creates the IFK's consolidated RKO the instance carries: the established RKOs of the year of every active puskesmas
/// the IFK supplies, summed per item (each term of A = (B + C + D) - E and the planned need), priced at the mean of the
/// puskesmas prices weighted by their planned need. Puskesmas with no established RKO are left out and named.
/// Variables: year, budget. Sets included ([{ facilityId, rkoId }]) and missing.
/// </summary>
internal sealed class ConsolidateRko : CycleActivity
{
    static ConsolidateRko() => PlanningFactSources.EnsureRegistered();

    public override string Type => "ConsolidateRko";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var year = context.Variables.Get<int>(PlanVariables.Year);
        var budget = context.Variables.Get<decimal>(PlanVariables.Budget);
        var ifk = new FacilityId(context.Instance.FacilityId ?? throw new InvalidOperationException("a district RKO instance needs a facility"));
        var puskesmas = (await unit.Db.Facilities.AsNoTracking()
                .Where(f => f.ParentId == ifk && f.Kind == FacilityKind.Puskesmas && f.Active)
                .Select(f => f.Id).ToListAsync())
            .OrderBy(f => f.Value, StringComparer.Ordinal).ToList();
        var supplied = puskesmas.ToHashSet();
        var established = (await unit.Db.Rkos.AsNoTracking().Include(r => r.Lines)
                .Where(r => r.Year == year && r.Status == PlanStatus.Established).ToListAsync())
            .Where(r => supplied.Contains(r.FacilityId))
            .OrderBy(r => r.FacilityId.Value, StringComparer.Ordinal).ToList();
        if (established.Count == 0)
            throw new CommandRejectedException("year", $"none of the {puskesmas.Count} puskesmas {ifk} supplies has an established RKO for {year} yet");

        var lines = established.SelectMany(r => r.Lines).GroupBy(l => l.DrugCode)
            .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => new RkoItem
            {
                DrugCode = g.Key,
                AvgMonthlyUse = g.Sum(l => l.AvgMonthlyUse),
                AnnualUse = g.Sum(l => l.AnnualUse),
                SafetyStock = g.Sum(l => l.SafetyStock),
                LeadTimeStock = g.Sum(l => l.LeadTimeStock),
                RemainingStock = g.Sum(l => l.RemainingStock),
                PlannedNeed = g.Sum(l => l.PlannedNeed),
                UnitPrice = WeightedPrice(g.ToList()),
            })
            .ToList();
        var versions = established.Select(r => r.ThresholdVersion).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        unit.Db.Rkos.Add(new RkoDocument
        {
            FacilityId = ifk,
            Year = year,
            Method = established.All(r => r.Method == RkoMethod.Consumption) ? RkoMethod.Consumption : RkoMethod.Combined,
            Status = PlanStatus.Draft,
            Budget = budget,
            ThresholdVersion = versions.Count == 0 ? null : string.Join(", ", versions),
            CreatedAt = unit.Now,
            WorkflowInstanceId = context.Instance.Id,
            Lines = lines,
        });
        context.Variables.Set(PlanVariables.Included, established.Select(r => new { facilityId = r.FacilityId.Value, rkoId = r.Id }).ToList());
        context.Variables.Set(PlanVariables.Missing, puskesmas.Where(p => established.All(r => r.FacilityId != p)).Select(p => p.Value).ToList());
        return ActivityResult.Done();
    }

    /// <summary>The puskesmas prices weighted by planned need (a plain mean when nothing is planned), to the sen; null when none is priced.</summary>
    private static decimal? WeightedPrice(IReadOnlyList<RkoItem> lines)
    {
        var priced = lines.Where(l => l.UnitPrice is not null).ToList();
        if (priced.Count == 0) return null;
        var need = priced.Sum(l => l.PlannedNeed);
        var price = need > 0 ? priced.Sum(l => l.PlannedNeed * l.UnitPrice!.Value) / need : priced.Average(l => l.UnitPrice!.Value);
        return Math.Round(price, 2, MidpointRounding.AwayFromZero);
    }
}
