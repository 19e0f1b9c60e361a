using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.Planning;
using Requisition.Workflows.Cycle.Stock;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle.Facts;

/// <summary>
/// The facts a step's rule set is given, read from the database: the document's items with their reference
/// status, the stock history of earlier LPLPOs, the stock card's batches, the document itself.
/// </summary>
internal static class CycleFacts
{
    /// <summary>How many months of earlier LPLPOs make the stock history (the average's window).</summary>
    public const int HistoryMonths = AverageMonthlyUse.WindowMonths;

    /// <summary>
    /// The catalog entries of <paramref name="codes"/> at <paramref name="facility"/>: the drug's description, the price
    /// in the facility's newest formulary (its puskesmas's for a sub-unit), and a confirmed FORNAS mapping when there is one.
    /// </summary>
    public static async Task<IReadOnlyList<CatalogItem>> CatalogAsync(CycleUnit unit, FacilityId facility, IReadOnlyCollection<DrugCode> codes)
    {
        var db = unit.Db;
        var wanted = codes.ToHashSet();
        var drugs = (await db.Drugs.AsNoTracking().ToListAsync()).Where(d => wanted.Contains(d.Code)).ToList();
        var prices = await PricesAsync(unit, facility);
        var confirmed = await db.ConfirmedMappings.AsNoTracking()
            .Where(m => m.FornasItemId != null)
            .Join(db.FornasItems.AsNoTracking(), m => m.FornasItemId, f => f.Id, (m, f) => new { m.DrugCode, f.FornasId })
            .ToListAsync();
        var fornasIds = confirmed.GroupBy(c => c.DrugCode).ToDictionary(g => g.Key, g => g.Last().FornasId);
        return drugs
            .OrderBy(d => d.Code.Value, StringComparer.Ordinal)
            .Select(d => new CatalogItem(facility, d.Code, d.Name, d.Form, d.Strength, d.Unit, d.Generic,
                prices.GetValueOrDefault(d.Code), fornasIds.GetValueOrDefault(d.Code)))
            .ToList();
    }

    /// <summary>Unit prices from the newest formulary of the facility, or of its parent when it has none.</summary>
    public static async Task<Dictionary<DrugCode, decimal>> PricesAsync(CycleUnit unit, FacilityId facility)
    {
        var db = unit.Db;
        foreach (var owner in await SelfAndParentAsync(unit, facility))
        {
            var formularyId = await db.Formularies.AsNoTracking().Where(f => f.FacilityId == owner)
                .OrderByDescending(f => f.Year).Select(f => (long?)f.Id).FirstOrDefaultAsync();
            if (formularyId is null) continue;
            var items = await db.FormularyItems.AsNoTracking().Where(i => i.FormularyId == formularyId).ToListAsync();
            return items.ToDictionary(i => i.DrugCode, i => i.UnitPrice);
        }
        return [];
    }

    /// <summary>
    /// Monthly stock lines of the facility's earlier regular LPLPOs (submitted or later) before <paramref name="period"/>;
    /// the lines of closed ones come from the host's <see cref="ClosedLplpoLines"/> once read.
    /// </summary>
    public static async Task<IReadOnlyList<StockMonth>> HistoryAsync(CycleUnit unit, FacilityId facility, Period period, ISet<DrugCode>? codes = null)
    {
        var db = unit.Db;
        var from = period.AddMonths(-HistoryMonths);
        var reports = (await db.Lplpos.AsNoTracking()
                .Where(r => r.FacilityId == facility && r.Kind == LplpoKind.Regular && r.Status != LplpoStatus.Draft && r.Status != LplpoStatus.Returned)
                .Select(r => new { r.Id, r.Period, r.Status })
                .ToListAsync())
            .Where(r => r.Period >= from && r.Period < period)
            .ToList();
        if (reports.Count == 0) return [];
        var closed = unit.Host.ClosedLines;
        var lines = new Dictionary<long, IReadOnlyList<HistoryLine>>();
        foreach (var report in reports)
        {
            if (report.Status == LplpoStatus.Closed && closed.TryGet(report.Id, out var known)) lines[report.Id] = known;
        }
        var missing = reports.Where(r => !lines.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            var read = (await db.LplpoItems.AsNoTracking().Where(i => missing.Contains(i.LplpoId))
                    .Select(i => new { i.LplpoId, i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays })
                    .ToListAsync())
                .GroupBy(i => i.LplpoId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<HistoryLine>)g
                    .Select(i => new HistoryLine(i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays)).ToArray());
            foreach (var report in reports.Where(r => missing.Contains(r.Id)))
            {
                var found = read.GetValueOrDefault(report.Id) ?? [];
                lines[report.Id] = found;
                if (report.Status == LplpoStatus.Closed) closed.Add(report.Id, found);
            }
        }
        var months = new List<StockMonth>(reports.Count * (codes?.Count ?? 300));
        foreach (var report in reports)
        {
            foreach (var line in lines[report.Id])
            {
                if (codes is not null && !codes.Contains(line.DrugCode)) continue;
                months.Add(new StockMonth(facility, line.DrugCode, report.Period, line.Opening, line.Received, line.Used, line.Lost, line.Closing, line.StockoutDays));
            }
        }
        return months;
    }

    /// <summary>The facility's batches with stock, of the given items only when <paramref name="codes"/> is set.</summary>
    public static async Task<IReadOnlyList<BatchStock>> BatchesAsync(CycleUnit unit, FacilityId facility, ISet<DrugCode>? codes = null)
    {
        var balances = await Ledger.BalancesAsync(unit.Db, facility);
        return balances
            .Where(b => codes is null || codes.Contains(b.DrugCode))
            .Select(b => new BatchStock(facility, b.DrugCode, b.Batch, b.Expiry, b.Quantity, b.UnitPrice, b.FundSource.ToString()))
            .ToList();
    }

    /// <summary>The LPLPO's lines as the rules read them; the quantity given is the sum over funding sources once reviewed.</summary>
    public static IEnumerable<LplpoLine> Lines(LplpoReport report, bool withGiven, IReadOnlyDictionary<DrugCode, long>? given = null) => report.Lines
        .OrderBy(l => l.DrugCode.Value, StringComparer.Ordinal)
        .Select(l => new LplpoLine(report.FacilityId, report.Period, l.DrugCode, l.Opening, l.Received, l.Used, l.Lost, l.Closing,
            l.Requested, l.Optimum, !withGiven ? null : given is not null ? given.GetValueOrDefault(l.DrugCode) : l.Given.Sum(g => g.Quantity),
            given is not null && given.GetValueOrDefault(l.DrugCode) != l.Requested ? "PackRounding" : ReviewNote(l)));

    /// <summary>The reviewer's reason as the approval rule reads it: the category and the free text.</summary>
    public static string? ReviewNote(LplpoItem line) =>
        line.ReasonCategory is null && string.IsNullOrWhiteSpace(line.Note) ? null
        : string.Join(": ", new[] { line.ReasonCategory?.ToString(), line.Note }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>Facts for the lplpo and ifk-review steps of one LPLPO.</summary>
    public static async Task<IReadOnlyList<object>> ForLplpoAsync(
        CycleUnit unit, LplpoReport report, bool withGiven, DateOnly? submittedOn, IReadOnlyDictionary<DrugCode, long>? given = null)
    {
        var codes = report.Lines.Select(l => l.DrugCode).ToHashSet();
        var items = await CatalogAsync(unit, report.FacilityId, codes);
        var facts = new List<object>(items.Count * 3 + report.Lines.Count * 14);
        facts.AddRange(items);
        facts.AddRange(await unit.Host.References.StatusesAsync(unit.Db, items, default));
        if (report.Kind == LplpoKind.Regular)
        {
            facts.AddRange(await HistoryAsync(unit, report.FacilityId, report.Period, codes));
            // The reported month itself is part of the stock history: its stock-out days and use count.
            facts.AddRange(report.Lines.Select(l => new StockMonth(report.FacilityId, l.DrugCode, report.Period, l.Opening, l.Received, l.Used, l.Lost, l.Closing, l.StockoutDays)));
            facts.Add(new LplpoDocument(report.FacilityId, report.Period, submittedOn));
        }
        facts.AddRange(Lines(report, withGiven, given));
        facts.AddRange(await BatchesAsync(unit, report.FacilityId, codes));
        return facts;
    }

    private static async Task<IReadOnlyList<FacilityId>> SelfAndParentAsync(CycleUnit unit, FacilityId facility)
    {
        var parent = await unit.Db.Facilities.AsNoTracking().Where(f => f.Id == facility).Select(f => f.ParentId).FirstOrDefaultAsync();
        return parent is { } p ? [facility, p] : [facility];
    }
}
