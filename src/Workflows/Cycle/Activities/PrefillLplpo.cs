using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>
/// Creates the LPLPO draft the instance carries. A regular LPLPO gets one line per item of the facility's formulary
/// and of its last LPLPO: opening = last period's closing, received = the receipts confirmed on the stock card in the
/// period, lost = losses recorded there, the optimum stock from the stock history, and the request the optimum
/// suggests. An emergency request starts empty (the pharmacist adds the items) and carries its justification.
/// Properties: kind (regular | emergency). Variables: period (YYYY-MM), supplier (who reviews and ships), justification.
/// </summary>
internal sealed class PrefillLplpo : CycleActivity
{
    public override string Type => "PrefillLplpo";

    public override void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        var kind = problems.OptionalString(activity, "kind");
        if (kind is not null and not ("regular" or "emergency"))
            problems.Error(activity.PathOf("kind"), "must be regular or emergency");
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var emergency = context.Properties.GetStringOrNull("kind") == "emergency";
        var facility = new FacilityId(context.Instance.FacilityId ?? throw new InvalidOperationException("an LPLPO instance needs a facility"));
        var supplier = new FacilityId(context.Variables.Get<string>("supplier"));
        var period = emergency ? Period.Of(unit.Today) : Period.Parse(context.Variables.Get<string>("period"));
        var report = new LplpoReport
        {
            FacilityId = facility,
            SupplierId = supplier,
            Period = period,
            Kind = emergency ? LplpoKind.Emergency : LplpoKind.Regular,
            Justification = emergency ? context.Variables.GetOrDefault<string>("justification") : null,
            Status = LplpoStatus.Draft,
            CreatedBy = context.Actor.UserId,
            CreatedAt = unit.Now,
            WorkflowInstanceId = context.Instance.Id,
        };
        if (!emergency) report.Lines.AddRange(await RegularLinesAsync(unit, facility, period));
        unit.Db.Lplpos.Add(report);
        context.Variables.Set("period", period.ToString());
        return ActivityResult.Done();
    }

    private static async Task<List<LplpoItem>> RegularLinesAsync(CycleUnit unit, FacilityId facility, Period period)
    {
        var db = unit.Db;
        var thresholds = await unit.ThresholdsAsync();
        var previous = await db.Lplpos.AsNoTracking().Include(r => r.Lines)
            .Where(r => r.FacilityId == facility && r.Kind == LplpoKind.Regular && r.Period == period.AddMonths(-1))
            .SingleOrDefaultAsync();
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in previous?.Lines ?? []) codes.Add(line.DrugCode.Value);
        foreach (var code in await FormularyCodesAsync(unit, facility)) codes.Add(code.Value);

        var first = period.FirstDay;
        var last = period.LastDay;
        var moved = await db.StockMovements.AsNoTracking()
            .Where(m => m.FacilityId == facility && m.OccurredOn >= first && m.OccurredOn <= last
                        && (m.Kind == MovementKind.Receipt || m.Kind == MovementKind.Loss))
            .GroupBy(m => new { m.DrugCode, m.Kind })
            .Select(g => new { g.Key.DrugCode, g.Key.Kind, Quantity = g.Sum(m => m.Quantity) })
            .ToListAsync();
        foreach (var m in moved) codes.Add(m.DrugCode.Value);
        var received = moved.Where(m => m.Kind == MovementKind.Receipt).ToDictionary(m => m.DrugCode, m => m.Quantity);
        var lost = moved.Where(m => m.Kind == MovementKind.Loss).ToDictionary(m => m.DrugCode, m => -m.Quantity);
        var closingBefore = previous?.Lines.ToDictionary(l => l.DrugCode, l => l.Closing) ?? [];
        var history = (await CycleFacts.HistoryAsync(unit, facility, period)).ToLookup(h => h.DrugCode);

        var lines = new List<LplpoItem>(codes.Count);
        foreach (var text in codes)
        {
            var code = new DrugCode(text);
            var opening = closingBefore.GetValueOrDefault(code);
            var line = new LplpoItem
            {
                DrugCode = code,
                Opening = opening,
                Received = received.GetValueOrDefault(code),
                Lost = lost.GetValueOrDefault(code),
            };
            line.Closing = LplpoArithmetic.Closing(line.Opening, line.Received, line.Used, line.Lost);
            var average = AverageMonthlyUse.OfStockCard(history[code]);
            line.Optimum = LplpoArithmetic.Optimum(average, thresholds.PeriodMonths, thresholds.LeadTimeMonths, thresholds.SafetyMonths);
            line.Requested = LplpoArithmetic.DefaultRequest(line.Optimum.Value, line.Closing);
            lines.Add(line);
        }
        return lines;
    }

    private static async Task<IReadOnlyList<DrugCode>> FormularyCodesAsync(CycleUnit unit, FacilityId facility)
    {
        var formularyId = await unit.Db.Formularies.AsNoTracking()
            .Where(f => f.FacilityId == facility && f.Status == PlanStatus.Established)
            .OrderByDescending(f => f.Year).Select(f => (long?)f.Id).FirstOrDefaultAsync();
        if (formularyId is null) return [];
        return await unit.Db.FormularyItems.AsNoTracking().Where(i => i.FormularyId == formularyId).Select(i => i.DrugCode).ToListAsync();
    }
}
