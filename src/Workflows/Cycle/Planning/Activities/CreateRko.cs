using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Cycle.Activities;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Cycle.Planning.Facts;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Planning.Activities;

/// <summary>
/// Creates the year's RKO draft the instance carries, one line per item of the facility's formulary for the year (its
/// newest established one up to that year; without any, the items of its stock history). Items with use in the stock
/// history are planned by the consumption method (<see cref="RkoPlanner"/>: A = (B + C + D) - E, E the latest closing
/// stock). Items without use get a zero line, E their stock on the card now, for the pharmacist to fill by morbidity
/// (combined method, as <see cref="Rko.Combined"/> decides). Unit prices come from that formulary.
/// Variables: year. Sets rkoSafetyPct and rkoLeadTimeWeeks (the settings every later edit uses) and noHistory.
/// </summary>
internal sealed class CreateRko : CycleActivity
{
    static CreateRko() => PlanningFactSources.EnsureRegistered();

    public override string Type => "CreateRko";

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var year = context.Variables.Get<int>(PlanVariables.Year);
        var facility = new FacilityId(context.Instance.FacilityId ?? throw new InvalidOperationException("an RKO instance needs a facility"));
        var thresholds = await unit.ThresholdsAsync();
        var settings = new RkoSettings(thresholds.RkoSafetyPct, thresholds.RkoLeadTimeWeeks);

        var history = await PlanHistory.LoadAsync(unit, facility);
        var formulary = await unit.Db.Formularies.AsNoTracking().Include(f => f.Items)
            .Where(f => f.FacilityId == facility && f.Year <= year && f.Status == PlanStatus.Established)
            .OrderByDescending(f => f.Year)
            .FirstOrDefaultAsync();
        var prices = formulary is not null
            ? formulary.Items.ToDictionary(i => i.DrugCode, i => i.UnitPrice)
            : await CycleFacts.PricesAsync(unit, facility);
        var codes = formulary is not null
            ? formulary.Items.Select(i => i.DrugCode).ToHashSet()
            : history.Select(m => m.DrugCode).ToHashSet();
        var planned = RkoPlanner.Plan(history.Where(m => codes.Contains(m.DrugCode)), settings).ToDictionary(l => l.DrugCode);
        var onHand = (await Ledger.BalancesAsync(unit.Db, facility)).GroupBy(b => b.DrugCode).ToDictionary(g => g.Key, g => g.Sum(b => b.Quantity));

        var lines = new List<RkoItem>(codes.Count);
        var noHistory = new List<string>();
        foreach (var code in codes.OrderBy(c => c.Value, StringComparer.Ordinal))
        {
            var price = prices.TryGetValue(code, out var p) ? p : (decimal?)null;
            if (planned.TryGetValue(code, out var line) && line.AvgMonthlyUse > 0)
            {
                lines.Add(new RkoItem
                {
                    DrugCode = code, AvgMonthlyUse = line.AvgMonthlyUse, AnnualUse = line.AnnualUse, SafetyStock = line.SafetyStock,
                    LeadTimeStock = line.LeadTimeStock, RemainingStock = line.RemainingStock, PlannedNeed = line.PlannedNeed, UnitPrice = price,
                });
                continue;
            }
            noHistory.Add(code.Value);
            lines.Add(new RkoItem { DrugCode = code, RemainingStock = line?.RemainingStock ?? onHand.GetValueOrDefault(code), UnitPrice = price });
        }
        unit.Db.Rkos.Add(new RkoDocument
        {
            FacilityId = facility,
            Year = year,
            Method = noHistory.Count == 0 ? RkoMethod.Consumption : RkoMethod.Combined,
            Status = PlanStatus.Draft,
            ThresholdVersion = thresholds.Version,
            CreatedAt = unit.Now,
            WorkflowInstanceId = context.Instance.Id,
            Lines = lines,
        });
        context.Variables.Set(PlanVariables.SafetyPct, settings.SafetyPct);
        context.Variables.Set(PlanVariables.LeadTimeWeeks, settings.LeadTimeWeeks);
        context.Variables.Set(PlanVariables.NoHistory, noHistory);
        return ActivityResult.Done();
    }
}
