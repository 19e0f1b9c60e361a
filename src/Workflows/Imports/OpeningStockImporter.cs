using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Opening stock per batch from <c>batches.csv</c> (stok awal): each row becomes the opening line of that batch on the
/// facility's stock card, dated the day of the import. The same opening again changes nothing; a batch already on the
/// card with anything else (another opening, or any movement) is refused: the card is append-only, and a difference is
/// corrected with a stock count.
/// </summary>
internal sealed class OpeningStockImporter : IImporter
{
    public const string Document = "opening stock (import)";

    public async Task CheckAsync(ImportPlan plan)
    {
        var table = plan.ReadCsv(null, out _);
        if (table is null) return;
        var rows = plan.Read(table, BatchesCsv.Read);
        if (plan.Errors.Count > 0 && rows.Count == 0) return;

        var db = plan.Unit.Db;
        var ct = plan.CancellationToken;
        var facilities = (await db.Facilities.AsNoTracking().Select(f => f.Id).ToListAsync(ct)).ToHashSet();
        var drugs = (await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync(ct)).ToHashSet();
        var onCard = new Dictionary<(FacilityId, DrugCode, string), List<Movement>>();
        foreach (var facility in rows.Select(r => r.Value.Facility).Distinct().Where(facilities.Contains))
        {
            var movements = await db.StockMovements.AsNoTracking().Where(m => m.FacilityId == facility)
                .Select(m => new Movement(m.DrugCode, m.Batch, m.Kind, m.Quantity, m.Expiry, m.FundSource, m.UnitPrice, m.OccurredOn))
                .ToListAsync(ct);
            foreach (var m in movements)
            {
                var key = (facility, m.DrugCode, m.Batch);
                if (!onCard.TryGetValue(key, out var list)) onCard[key] = list = [];
                list.Add(m);
            }
        }

        plan.Progress.Start(ImportProgress.Checking, rows.Count);
        var added = new List<StockMovement>();
        var index = 0;
        foreach (var (line, batch) in rows)
        {
            plan.Progress.Report(++index);
            var errors = plan.Errors.Count;
            if (!facilities.Contains(batch.Facility))
                plan.Errors.Add(ImportColumns.At(table, line, Columns.Facility, $"no facility {batch.Facility}"));
            if (!drugs.Contains(batch.DrugCode))
                plan.Errors.Add(ImportColumns.At(table, line, Columns.DrugCode, $"no item {batch.DrugCode} in the drug catalog"));
            if (batch.Quantity == 0)
                plan.Errors.Add(ImportColumns.At(table, line, Columns.Quantity, "an opening balance is more than 0: leave out batches with no stock"));
            var source = ImportColumns.FundSourceOf(batch.FundSource);
            if (source is null)
                plan.Errors.Add(ImportColumns.At(table, line, Columns.FundSource,
                    $"'{batch.FundSource}' is not a funding source: expected APBN, APBD I, APBD II, DAK, BLUD, programme or other"));
            if (plan.Errors.Count > errors) continue;

            var key = $"{batch.Facility} {batch.DrugCode} {batch.Batch}";
            if (onCard.TryGetValue((batch.Facility, batch.DrugCode, batch.Batch), out var existing))
            {
                if (existing is [{ Kind: MovementKind.Opening } opening]
                    && opening.Quantity == batch.Quantity && opening.Expiry == batch.Expiry && opening.FundSource == source && opening.UnitPrice == batch.UnitPrice)
                {
                    plan.Same();
                    continue;
                }
                plan.Errors.Add(ImportColumns.At(table, line, Columns.Batch,
                    $"batch {batch.Batch} of {batch.DrugCode} is already on the stock card of {batch.Facility} ({Describe(existing)}): " +
                    "correct it with a stock count"));
                continue;
            }
            plan.Add(key, $"opening {batch.Quantity}, expiry {batch.Expiry:yyyy-MM-dd}, {source}");
            added.Add(new StockMovement
            {
                FacilityId = batch.Facility, DrugCode = batch.DrugCode, Batch = batch.Batch, Expiry = batch.Expiry, FundSource = source!.Value,
                Kind = MovementKind.Opening, Quantity = batch.Quantity, UnitPrice = batch.UnitPrice, OccurredOn = plan.Unit.Today,
                Document = Document, Note = plan.FileName, RecordedBy = plan.Unit.Actor.UserId, RecordedAt = plan.Unit.Now,
            });
        }
        plan.Write = () =>
        {
            plan.Unit.Db.StockMovements.AddRange(added);
            return Task.CompletedTask;
        };
    }

    private static string Describe(List<Movement> movements) =>
        movements.Count == 1
            ? $"{movements[0].Kind.ToString().ToLowerInvariant()} {movements[0].Quantity} on {movements[0].OccurredOn:yyyy-MM-dd}, expiry {movements[0].Expiry:yyyy-MM-dd}, {movements[0].FundSource}"
            : $"{movements.Count} movements, {movements.Sum(m => m.Quantity)} in stock";

    private sealed record Movement(DrugCode DrugCode, string Batch, MovementKind Kind, long Quantity, DateOnly Expiry, FundSource FundSource, decimal? UnitPrice, DateOnly OccurredOn);
}
