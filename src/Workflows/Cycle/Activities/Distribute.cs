using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Activities;

namespace Requisition.Workflows.Cycle.Activities;

/// <summary>
/// Ships what the reviewer gave: for each item and funding source, picks the supplier's batches first expired, first
/// out (skipping batches already inside the near-expiry error window, which are not shipped), writes the SBBK (surat
/// bukti barang keluar) and takes the quantities off the supplier's stock card, all in the shipping action.
/// </summary>
internal sealed class Distribute : CycleActivity
{
    public override string Type => "Distribute";

    /// <summary>Batches expiring on or before this date are not shipped: expired, or inside the error window.</summary>
    public static async Task<DateOnly> UsableAfterAsync(CycleUnit unit) =>
        unit.Today.AddMonths((await unit.ThresholdsAsync()).NearExpiryErrorMonths);

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var unit = Unit(context);
        var db = unit.Db;
        var report = await Documents.LplpoOfAsync(unit, context.Instance.Id);
        if (await Documents.IssueNoteOfAsync(unit, report.Id) is { } shipped)
            throw new CommandRejectedException("lplpo", $"LPLPO {report.Id} was already shipped with {shipped.Number}");
        var usableAfter = await UsableAfterAsync(unit);
        var balances = (await Ledger.BalancesAsync(db, report.SupplierId)).ToLookup(b => (b.DrugCode, b.FundSource));
        var note = new IssueNote
        {
            Number = await NextNumberAsync(unit, report),
            FromId = report.SupplierId,
            ToId = report.FacilityId,
            LplpoId = report.Id,
            IssuedBy = context.Actor.UserId,
            IssuedAt = unit.Now,
        };
        var errors = new List<CommandError>();
        foreach (var line in report.Lines.OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal))
        {
            foreach (var given in line.Given.Where(g => g.Quantity > 0).OrderBy(g => g.FundSource))
            {
                var (picks, shortBy) = Ledger.PickFefo(balances[(line.DrugCode, given.FundSource)], given.Quantity, usableAfter);
                if (shortBy > 0)
                {
                    errors.Add(new CommandError($"lines[{line.DrugCode}].given.{given.FundSource}",
                        $"{given.Quantity} given but only {given.Quantity - shortBy} in shippable batches (expiring after {usableAfter:yyyy-MM-dd}); adjust the review"));
                    continue;
                }
                foreach (var (batch, quantity) in picks)
                {
                    note.Lines.Add(new IssueNoteLine
                    {
                        DrugCode = batch.DrugCode,
                        Batch = batch.Batch,
                        Expiry = batch.Expiry,
                        FundSource = batch.FundSource,
                        Quantity = quantity,
                        UnitPrice = batch.UnitPrice,
                    });
                    Ledger.Add(db, report.SupplierId, batch, MovementKind.Issue, -quantity, unit.Today, report.FacilityId, note.Number,
                        null, context.Actor.UserId, unit.Now);
                }
            }
        }
        if (errors.Count > 0) throw new CommandRejectedException(errors);
        db.IssueNotes.Add(note);
        context.Variables.Set("issueNote", note.Number);
        return ActivityResult.Done();
    }

    /// <summary>SBBK/{supplier}/{yyyy-MM}/{n}: numbered per supplier and month. Two shipping at once: the unique number refuses the second.</summary>
    private static async Task<string> NextNumberAsync(CycleUnit unit, LplpoReport report)
    {
        var prefix = $"SBBK/{report.SupplierId}/{unit.Today:yyyy-MM}/";
        var numbers = await unit.Db.IssueNotes.AsNoTracking().Where(n => n.Number.StartsWith(prefix)).Select(n => n.Number).ToListAsync();
        numbers.AddRange(unit.Db.IssueNotes.Local.Where(n => n.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(n => n.Number));
        var next = numbers.Select(n => int.TryParse(n[prefix.Length..], out var k) ? k : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:D4}";
    }
}
