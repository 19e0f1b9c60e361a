using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;
using Requisition.Workflows.Runtime.Definitions;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>
/// Moves the instance's LPLPO to a status and records who and when. On submit of a regular LPLPO the period's use
/// and losses go onto the stock card (first expired, first out), as the difference from what the card already
/// holds for the period, so a revised and resubmitted LPLPO never counts twice.
/// Properties: status (submitted | returned | approved | closed); reasonVariable (for returned: the task input holding "reason").
/// </summary>
internal sealed class SetLplpoStatus : CycleActivity
{
    private static readonly Dictionary<string, LplpoStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["submitted"] = LplpoStatus.Submitted,
        ["returned"] = LplpoStatus.Returned,
        ["approved"] = LplpoStatus.Approved,
        ["closed"] = LplpoStatus.Closed,
    };

    public override string Type => "SetLplpoStatus";

    public override void Validate(ActivityDefinition activity, DefinitionProblems problems)
    {
        var status = problems.RequireString(activity, "status");
        if (status is not null && !Statuses.ContainsKey(status))
            problems.Error(activity.PathOf("status"), $"must be one of {string.Join(", ", Statuses.Keys)}");
    }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var report = await Documents.LplpoOfAsync(unit, context.Instance.Id);
        var status = Statuses[context.Properties.GetString("status")];
        switch (status)
        {
            case LplpoStatus.Submitted:
                report.SubmittedBy = context.Actor.UserId;
                report.SubmittedAt = unit.Now;
                report.ReturnReason = null;
                if (report.Kind == LplpoKind.Regular) await PostUseAsync(unit, report);
                break;
            case LplpoStatus.Returned:
                report.ReviewedBy = context.Actor.UserId;
                report.ReviewedAt = unit.Now;
                if (context.Properties.GetStringOrNull("reasonVariable") is { } variable)
                    report.ReturnReason = context.Variables[variable]?["reason"]?.GetValue<string>();
                break;
            case LplpoStatus.Approved:
                report.ReviewedBy = context.Actor.UserId;
                report.ReviewedAt = unit.Now;
                break;
        }
        report.Status = status;
        return ActivityResult.Done();
    }

    /// <summary>Puts the period's use (issues to patients) and losses on the card, as the difference from what it holds.</summary>
    private static async Task PostUseAsync(CycleUnit unit, LplpoReport report)
    {
        var db = unit.Db;
        var first = report.Period.FirstDay;
        var last = report.Period.LastDay;
        var facility = report.FacilityId;
        var recorded = (await db.StockMovements.AsNoTracking()
                .Where(m => m.FacilityId == facility && m.OccurredOn >= first && m.OccurredOn <= last
                            && m.CounterpartyId == null && (m.Kind == MovementKind.Issue || m.Kind == MovementKind.Loss))
                .GroupBy(m => new { m.DrugCode, m.Kind })
                .Select(g => new { g.Key.DrugCode, g.Key.Kind, Quantity = g.Sum(m => m.Quantity) })
                .ToListAsync())
            .ToDictionary(m => (m.DrugCode, m.Kind), m => -m.Quantity);
        var balances = (await Ledger.BalancesAsync(db, facility)).ToLookup(b => b.DrugCode);
        var document = $"LPLPO {facility} {report.Period}";
        // What an earlier submission of this LPLPO took off the card, the newest movement per item and kind: a revision
        // reverses on those batches. Read once, when the first line needs it (a resubmitted 300-line LPLPO would
        // otherwise ask once per revised line; a first submission never asks).
        Dictionary<(DrugCode, MovementKind), StockMovement>? taken = null;
        var errors = new List<CommandError>();
        foreach (var line in report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal))
        {
            var batches = balances[line.DrugCode].ToList();
            foreach (var (kind, wanted, field) in new[] { (MovementKind.Issue, line.Used, "used"), (MovementKind.Loss, line.Lost, "lost") })
            {
                var delta = wanted - recorded.GetValueOrDefault((line.DrugCode, kind));
                if (delta == 0) continue;
                if (delta < 0)
                {
                    // Less than the card holds for the period (a revision): reverse the difference on the newest batch taken.
                    taken ??= (await db.StockMovements.AsNoTracking()
                            .Where(m => m.FacilityId == facility && m.Document == document && m.Quantity < 0
                                        && (m.Kind == MovementKind.Issue || m.Kind == MovementKind.Loss))
                            .ToListAsync())
                        .GroupBy(m => (m.DrugCode, m.Kind))
                        .ToDictionary(g => g.Key, g => g.MaxBy(m => m.Id)!);
                    var back = taken.GetValueOrDefault((line.DrugCode, kind));
                    if (back is null) continue; // recorded by hand during the month: the pharmacist corrects the card
                    var batch = new BatchBalance(back.DrugCode, back.Batch, back.Expiry, back.FundSource, 0, back.UnitPrice);
                    Ledger.Add(db, facility, batch, kind, -delta, last, null, document, $"{field} revised in the LPLPO: reversal", unit.Actor.UserId, unit.Now);
                    continue;
                }
                var (picks, shortBy) = Ledger.PickFefo(batches, delta, first.AddDays(-1));
                if (shortBy > 0)
                {
                    errors.Add(new CommandError($"lines[{line.DrugCode}].{field}",
                        $"{delta} more to take off the stock card, which holds only {delta - shortBy} usable: record the receipt or a stock adjustment first"));
                    continue;
                }
                foreach (var (batch, quantity) in picks)
                {
                    Ledger.Add(db, facility, batch, kind, -quantity, last, null, document,
                        kind == MovementKind.Issue ? "use in the period" : "loss in the period", unit.Actor.UserId, unit.Now);
                    var i = batches.FindIndex(b => b.Batch == batch.Batch && b.FundSource == batch.FundSource);
                    batches[i] = batches[i] with { Quantity = batches[i].Quantity - quantity };
                }
            }
        }
        if (errors.Count > 0) throw new CommandRejectedException(errors);
    }
}
