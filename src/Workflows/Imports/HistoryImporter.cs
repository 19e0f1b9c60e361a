using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// Past months of stock cards from <c>history.csv</c> (riwayat kartu stok), stored the way the cycle keeps its own
/// history: one closed regular LPLPO per facility and month, supplied by the facility's parent, with one line per item
/// (what the average monthly use, the stock optimum and the RKO read). Only months before the current one. A month
/// that already has an LPLPO is left as it is: the same numbers again change nothing, other numbers are refused.
/// Built for a district's year (40 puskesmas x 300 items x 12 months): dictionaries over projections, and the lines
/// written through the bulk rows of the save (docs/adr/0005).
/// </summary>
internal sealed class HistoryImporter : IImporter
{
    /// <summary>How many LPLPOs one save writes, so the write can report progress.</summary>
    private const int ReportsPerSave = 20;

    public async Task CheckAsync(ImportPlan plan)
    {
        var table = plan.ReadCsv(null, out _);
        if (table is null) return;
        var rows = plan.Read(table, HistoryCsv.Read);
        if (rows.Count == 0) return;

        var db = plan.Unit.Db;
        var ct = plan.CancellationToken;
        var current = Period.Of(plan.Unit.Today);
        var facilities = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.ParentId, ct);
        var drugs = (await db.Drugs.AsNoTracking().Select(d => d.Code).ToListAsync(ct)).ToHashSet();
        var named = rows.Select(r => r.Value.Facility).ToHashSet();
        var stored = (await db.Lplpos.AsNoTracking().Where(r => r.Kind == LplpoKind.Regular)
                .Select(r => new { r.Id, r.FacilityId, r.Period, r.Status }).ToListAsync(ct))
            .Where(r => named.Contains(r.FacilityId))
            .ToDictionary(r => (r.FacilityId, r.Period), r => (r.Id, r.Status));
        var wanted = rows.Select(r => (r.Value.Facility, r.Value.Period)).Where(stored.ContainsKey).Distinct().Select(k => stored[k].Id).ToList();
        var storedLines = wanted.Count == 0 ? [] : (await db.LplpoItems.AsNoTracking().Where(i => wanted.Contains(i.LplpoId))
                .Select(i => new { i.LplpoId, i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays }).ToListAsync(ct))
            .ToDictionary(i => (i.LplpoId, i.DrugCode), i => (i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays));

        var unknownFacilities = new FirstMentions<FacilityId>(table, Columns.Facility);
        var unknownItems = new FirstMentions<DrugCode>(table, Columns.DrugCode);
        var reports = new Dictionary<(FacilityId, Period), LplpoReport>();
        plan.Progress.Start(ImportProgress.Checking, rows.Count);
        var index = 0;
        foreach (var (line, month) in rows)
        {
            plan.Progress.Report(++index);
            var ok = true;
            if (!facilities.TryGetValue(month.Facility, out var parent))
            {
                unknownFacilities.Add(month.Facility, line, () => $"no facility {month.Facility}");
                ok = false;
            }
            else if (parent is null)
            {
                unknownFacilities.Add(month.Facility, line, () => $"{month.Facility} is an IFK: history is imported for puskesmas and sub-units, which report by LPLPO");
                ok = false;
            }
            if (!drugs.Contains(month.DrugCode))
            {
                unknownItems.Add(month.DrugCode, line, () => $"no item {month.DrugCode} in the drug catalog");
                ok = false;
            }
            if (month.Period >= current)
            {
                plan.Errors.Add(ImportColumns.At(table, line, Columns.Period,
                    $"{month.Period} is not a past month: history is of months before {current}"));
                ok = false;
            }
            if (!ok) continue;

            if (stored.TryGetValue((month.Facility, month.Period), out var report))
            {
                var numbers = (month.Opening, month.Received, month.Used, month.Lost, month.Closing, month.StockoutDays);
                if (report.Status == LplpoStatus.Closed && storedLines.TryGetValue((report.Id, month.DrugCode), out var kept) && kept == numbers)
                {
                    plan.Same();
                    continue;
                }
                plan.Errors.Add(new DataFileError(table.FileName, line, null, report.Status != LplpoStatus.Closed
                    ? $"{month.Facility} has an LPLPO for {month.Period} already ({report.Status.ToString().ToLowerInvariant()}): history is imported only for months without one"
                    : $"the closed LPLPO of {month.Facility} for {month.Period} is stored already with {(storedLines.TryGetValue((report.Id, month.DrugCode), out var other) ? $"other numbers for {month.DrugCode} ({Describe(other)})" : $"no line for {month.DrugCode}")}: stored history is not changed by import"));
                continue;
            }
            if (!reports.TryGetValue((month.Facility, month.Period), out var added))
            {
                added = new LplpoReport
                {
                    FacilityId = month.Facility, SupplierId = parent!.Value, Period = month.Period, Kind = LplpoKind.Regular, Status = LplpoStatus.Closed,
                    CreatedBy = plan.Unit.Actor.UserId, CreatedAt = plan.Unit.Now,
                };
                reports[(month.Facility, month.Period)] = added;
            }
            added.Lines.Add(new LplpoItem
            {
                DrugCode = month.DrugCode, Opening = month.Opening, Received = month.Received, Used = month.Used, Lost = month.Lost,
                Closing = month.Closing, StockoutDays = month.StockoutDays,
            });
            plan.Add(() => ($"{month.Facility} {month.DrugCode} {month.Period}",
                Describe((month.Opening, month.Received, month.Used, month.Lost, month.Closing, month.StockoutDays))));
        }
        plan.Errors.AddRange(unknownFacilities.Errors);
        plan.Errors.AddRange(unknownItems.Errors);
        if (reports.Count > 0) plan.Note($"{reports.Count} closed LPLPO(s) will be added, one per facility and month.");
        plan.Write = () => WriteAsync(plan, reports.Values.OrderBy(r => r.FacilityId.Value, StringComparer.Ordinal).ThenBy(r => r.Period).ToList());
    }

    private static async Task WriteAsync(ImportPlan plan, IReadOnlyList<LplpoReport> reports)
    {
        var unit = plan.Unit;
        var total = reports.Sum(r => (long)r.Lines.Count);
        plan.Progress.Start(ImportProgress.Writing, total);
        var written = 0L;
        for (var i = 0; i < reports.Count; i += ReportsPerSave)
        {
            var chunk = reports.Skip(i).Take(ReportsPerSave).ToList();
            unit.Db.Lplpos.AddRange(chunk);
            await unit.SaveAsync();
            // Nothing else is pending in an import's unit: letting the written rows go keeps the next saves small.
            unit.Db.ChangeTracker.Clear();
            written += chunk.Sum(r => r.Lines.Count);
            plan.Progress.Report(written);
        }
        plan.Progress.Finish();
    }

    private static string Describe((long Opening, long Received, long Used, long Lost, long Closing, int StockoutDays) n) =>
        $"opening {n.Opening}, received {n.Received}, used {n.Used}, lost {n.Lost}, closing {n.Closing}, stock-out days {n.StockoutDays}";
}
