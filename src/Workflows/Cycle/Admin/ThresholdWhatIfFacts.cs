using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Cycle;

/// <summary>One step of one LPLPO to evaluate under both threshold sets: its facts and the day it is evaluated as of.</summary>
internal sealed record WhatIfStep(LplpoReport Report, string Scope, string Step, DateOnly AsOf, IReadOnlyList<object> Facts);

/// <summary>The LPLPOs a what-if looks at and the steps to evaluate, with the window of past months.</summary>
internal sealed record WhatIfScope(DateOnly Today, Period PastFrom, Period PastTo, int OpenLplpos, int PastLplpos, IReadOnlyList<WhatIfStep> Steps);

/// <summary>
/// The facts of the lplpo and ifk-review steps of every open LPLPO and of every LPLPO of the last 12 months, built as
/// <see cref="CycleFacts.ForLplpoAsync"/> builds them for one LPLPO, but read with one query per table for them all
/// (the district's LPLPOs, their lines and given quantities, the catalog, prices, mappings) instead of several per LPLPO.
/// Past months are evaluated without the stock card's batches: the ledger's state of a past month is not reconstructed.
/// </summary>
internal static class ThresholdWhatIfFacts
{
    /// <summary>How many closed months back the what-if looks.</summary>
    public const int PastMonths = 12;

    private static readonly LplpoStatus[] OpenStatuses = [LplpoStatus.Draft, LplpoStatus.Submitted, LplpoStatus.Returned];

    public static async Task<WhatIfScope> LoadAsync(CycleUnit unit, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var current = Period.Of(unit.Today);
        var pastFrom = current.AddMonths(-PastMonths);
        var pastTo = current.AddMonths(-1);

        // Every LPLPO header (no lines): small rows, filtered by period here since periods are stored as text.
        var headers = await db.Lplpos.AsNoTracking().ToListAsync(cancellationToken);
        var open = headers.Where(r => OpenStatuses.Contains(r.Status)).ToList();
        var past = headers.Where(r => r.Status is LplpoStatus.Approved or LplpoStatus.Closed && r.Period >= pastFrom && r.Period <= pastTo).ToList();
        var evaluated = open.Concat(past).OrderByDescending(r => r.Period).ThenByDescending(r => r.Id).ToList();
        if (evaluated.Count == 0) return new WhatIfScope(unit.Today, pastFrom, pastTo, 0, 0, []);

        await AttachLinesAsync(unit, evaluated, past, cancellationToken);
        var history = await HistoryAsync(unit, headers, evaluated, cancellationToken);
        var catalog = await CatalogAsync(unit, evaluated, cancellationToken);
        var batches = new Dictionary<FacilityId, IReadOnlyList<BatchStock>>();
        foreach (var facility in open.Select(r => r.FacilityId).Distinct())
            batches[facility] = await CycleFacts.BatchesAsync(unit, facility);

        var steps = new List<WhatIfStep>(open.Count * 2 + past.Count * 2);
        foreach (var report in evaluated)
        {
            var submittedOn = unit.SubmittedOn(report);
            if (report.Status is LplpoStatus.Draft or LplpoStatus.Returned)
            {
                // Not yet (again) submitted: its lplpo step runs when it is, as of that day; today stands in.
                var common = Shared(report, catalog, history, unit.Today);
                steps.Add(Step(report, WhatIfFlag.Open, Steps.Lplpo, unit.Today, Facts(common, report, false, null, batches)));
            }
            else if (report.Status == LplpoStatus.Submitted)
            {
                // Its lplpo step ran when it was submitted; its review is still to come (as requested, as the check reads it).
                var common = Shared(report, catalog, history, submittedOn);
                var requested = report.Lines.ToDictionary(l => l.DrugCode, l => l.Requested);
                steps.Add(Step(report, WhatIfFlag.Open, Steps.Lplpo, submittedOn, Facts(common, report, false, null, batches)));
                steps.Add(Step(report, WhatIfFlag.Open, Steps.IfkReview, unit.Today, Facts(common, report, true, requested, batches)));
            }
            else
            {
                var common = Shared(report, catalog, history, submittedOn);
                var reviewedOn = report.ReviewedAt is { } at ? unit.Host.LocalDate(at) : submittedOn;
                steps.Add(Step(report, WhatIfFlag.Past, Steps.Lplpo, submittedOn, Facts(common, report, false, null, null)));
                steps.Add(Step(report, WhatIfFlag.Past, Steps.IfkReview, reviewedOn, Facts(common, report, true, null, null)));
            }
        }
        return new WhatIfScope(unit.Today, pastFrom, pastTo, open.Count, past.Count, steps);
    }

    private static WhatIfStep Step(LplpoReport report, string scope, string step, DateOnly asOf, IReadOnlyList<object> facts) =>
        new(report, scope, step, asOf, facts);

    /// <summary>
    /// The facts both steps of an LPLPO share, in the order <see cref="CycleFacts.ForLplpoAsync"/> gives them: its catalog
    /// entries and their reference status, then (a regular LPLPO) the stock history, the month itself and the document.
    /// </summary>
    private static SharedFacts Shared(LplpoReport report, Catalog catalog, History history, DateOnly submittedOn)
    {
        var codes = report.Lines.Select(l => l.DrugCode).ToHashSet();
        var items = catalog.Items.GetValueOrDefault(report.FacilityId, []).Where(i => codes.Contains(i.DrugCode)).ToList();
        var facts = new List<object>(items.Count * 3 + report.Lines.Count * 14);
        facts.AddRange(items);
        facts.AddRange(items.Select(i => catalog.Statuses.GetValueOrDefault(i.Key)).OfType<ReferenceStatus>());
        if (report.Kind == LplpoKind.Regular)
        {
            facts.AddRange(history.Before(report.FacilityId, report.Period, codes));
            facts.AddRange(report.Lines.Select(l => new StockMonth(report.FacilityId, l.DrugCode, report.Period, l.Opening, l.Received, l.Used, l.Lost, l.Closing, l.StockoutDays)));
            facts.Add(new LplpoDocument(report.FacilityId, report.Period, submittedOn));
        }
        return new SharedFacts(codes, facts);
    }

    /// <summary>A step's facts: the shared ones, the lines (with what is given at review), the batches held (none for past months).</summary>
    private static List<object> Facts(SharedFacts common, LplpoReport report, bool withGiven, IReadOnlyDictionary<DrugCode, long>? given,
        Dictionary<FacilityId, IReadOnlyList<BatchStock>>? batches)
    {
        var facts = new List<object>(common.Facts.Count + report.Lines.Count * 2);
        facts.AddRange(common.Facts);
        facts.AddRange(CycleFacts.Lines(report, withGiven, given));
        if (batches is not null && batches.TryGetValue(report.FacilityId, out var held))
            facts.AddRange(held.Where(b => common.Codes.Contains(b.DrugCode)));
        return facts;
    }

    private sealed record SharedFacts(HashSet<DrugCode> Codes, List<object> Facts);

    /// <summary>The lines of every LPLPO evaluated, and the quantities given on the past ones, in two queries.</summary>
    private static async Task AttachLinesAsync(CycleUnit unit, IReadOnlyList<LplpoReport> evaluated, IReadOnlyList<LplpoReport> past, CancellationToken cancellationToken)
    {
        var ids = evaluated.Select(r => r.Id).ToList();
        var lines = (await unit.Db.LplpoItems.AsNoTracking().Where(i => ids.Contains(i.LplpoId)).ToListAsync(cancellationToken))
            .ToLookup(i => i.LplpoId);
        var pastIds = past.Select(r => r.Id).ToList();
        List<LplpoGiven> given = pastIds.Count == 0 ? [] : await unit.Db.LplpoGiven.AsNoTracking().Where(g => pastIds.Contains(g.LplpoId)).ToListAsync(cancellationToken);
        foreach (var report in evaluated) report.Lines = lines[report.Id].ToList();
        var byLine = evaluated.SelectMany(r => r.Lines.Select(l => (Key: (r.Id, l.DrugCode), Line: l))).ToDictionary(x => x.Key, x => x.Line);
        foreach (var quantity in given)
        {
            if (byLine.TryGetValue((quantity.LplpoId, quantity.DrugCode), out var line)) line.Given.Add(quantity);
        }
    }

    /// <summary>
    /// The stock history the evaluated LPLPOs look back over (see <see cref="CycleFacts.HistoryAsync"/>): the lines of the
    /// facilities' regular LPLPOs, submitted or later, of the 12 months before each; those of closed ones from the host's cache.
    /// </summary>
    private static async Task<History> HistoryAsync(CycleUnit unit, IReadOnlyList<LplpoReport> headers, IReadOnlyList<LplpoReport> evaluated, CancellationToken cancellationToken)
    {
        var regular = evaluated.Where(r => r.Kind == LplpoKind.Regular).ToList();
        if (regular.Count == 0) return new History([]);
        var facilities = regular.Select(r => r.FacilityId).ToHashSet();
        var from = regular.Min(r => r.Period).AddMonths(-CycleFacts.HistoryMonths);
        var to = regular.Max(r => r.Period);
        var reports = headers
            .Where(r => facilities.Contains(r.FacilityId) && r.Kind == LplpoKind.Regular && r.Status != LplpoStatus.Draft && r.Status != LplpoStatus.Returned)
            .Where(r => r.Period >= from && r.Period < to)
            .ToList();
        var known = evaluated.ToDictionary(r => r.Id);
        var closed = unit.Host.ClosedLines;
        var lines = new Dictionary<long, IReadOnlyList<HistoryLine>>();
        foreach (var report in reports)
        {
            if (known.TryGetValue(report.Id, out var full))
                lines[report.Id] = full.Lines.Select(i => new HistoryLine(i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays)).ToArray();
            else if (report.Status == LplpoStatus.Closed && closed.TryGet(report.Id, out var cached))
                lines[report.Id] = cached;
        }
        var missing = reports.Where(r => !lines.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        if (missing.Count > 0)
        {
            var read = (await unit.Db.LplpoItems.AsNoTracking().Where(i => missing.Contains(i.LplpoId))
                    .Select(i => new { i.LplpoId, i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays })
                    .ToListAsync(cancellationToken))
                .GroupBy(i => i.LplpoId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<HistoryLine>)g
                    .Select(i => new HistoryLine(i.DrugCode, i.Opening, i.Received, i.Used, i.Lost, i.Closing, i.StockoutDays)).ToArray());
            foreach (var report in reports.Where(r => !lines.ContainsKey(r.Id)))
            {
                var found = read.GetValueOrDefault(report.Id) ?? [];
                lines[report.Id] = found;
                if (report.Status == LplpoStatus.Closed) closed.Add(report.Id, found);
            }
        }
        return new History(reports.Select(r => (r.FacilityId, r.Period, lines[r.Id])).ToList());
    }

    /// <summary>
    /// The catalog entries of every facility evaluated (see <see cref="CycleFacts.CatalogAsync"/>) and their reference
    /// statuses: the drugs, the newest formulary of each facility or its parent for prices, the confirmed FORNAS mappings.
    /// </summary>
    private static async Task<Catalog> CatalogAsync(CycleUnit unit, IReadOnlyList<LplpoReport> evaluated, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var codesByFacility = evaluated.GroupBy(r => r.FacilityId)
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.Lines).Select(l => l.DrugCode).ToHashSet());
        var drugs = (await db.Drugs.AsNoTracking().ToListAsync(cancellationToken)).OrderBy(d => d.Code.Value, StringComparer.Ordinal).ToList();
        var parents = (await db.Facilities.AsNoTracking().Select(f => new { f.Id, f.ParentId }).ToListAsync(cancellationToken))
            .ToDictionary(f => f.Id, f => f.ParentId);
        var newest = (await db.Formularies.AsNoTracking().Select(f => new { f.Id, f.FacilityId, f.Year }).ToListAsync(cancellationToken))
            .GroupBy(f => f.FacilityId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Year).ThenBy(f => f.Id).First().Id);
        var owners = codesByFacility.Keys.ToDictionary(f => f, f => newest.ContainsKey(f) ? f
            : parents.GetValueOrDefault(f) is { } p && newest.ContainsKey(p) ? p : (FacilityId?)null);
        var formularyIds = owners.Values.OfType<FacilityId>().Select(o => newest[o]).Distinct().ToList();
        var prices = (await db.FormularyItems.AsNoTracking().Where(i => formularyIds.Contains(i.FormularyId)).ToListAsync(cancellationToken))
            .GroupBy(i => i.FormularyId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(i => i.DrugCode, i => i.UnitPrice));
        var confirmed = await db.ConfirmedMappings.AsNoTracking()
            .Where(m => m.FornasItemId != null)
            .Join(db.FornasItems.AsNoTracking(), m => m.FornasItemId, f => f.Id, (m, f) => new { m.DrugCode, f.FornasId })
            .ToListAsync(cancellationToken);
        var fornasIds = confirmed.GroupBy(c => c.DrugCode).ToDictionary(g => g.Key, g => g.Last().FornasId);

        var items = new Dictionary<FacilityId, IReadOnlyList<CatalogItem>>();
        foreach (var (facility, codes) in codesByFacility)
        {
            var facilityPrices = owners[facility] is { } owner ? prices.GetValueOrDefault(newest[owner]) ?? [] : [];
            items[facility] = drugs.Where(d => codes.Contains(d.Code))
                .Select(d => new CatalogItem(facility, d.Code, d.Name, d.Form, d.Strength, d.Unit, d.Generic,
                    facilityPrices.GetValueOrDefault(d.Code), fornasIds.GetValueOrDefault(d.Code)))
                .ToList();
        }
        var all = items.Values.SelectMany(i => i).ToList();
        var statuses = (await unit.Host.References.StatusesAsync(db, all, cancellationToken)).ToDictionary(s => s.Key);
        return new Catalog(items, statuses);
    }

    private sealed record Catalog(Dictionary<FacilityId, IReadOnlyList<CatalogItem>> Items, Dictionary<ItemKey, ReferenceStatus> Statuses);

    /// <summary>The history LPLPOs' lines by facility, read back per evaluated LPLPO.</summary>
    private sealed class History(IReadOnlyList<(FacilityId Facility, Period Period, IReadOnlyList<HistoryLine> Lines)> reports)
    {
        private readonly ILookup<FacilityId, (FacilityId Facility, Period Period, IReadOnlyList<HistoryLine> Lines)> _byFacility = reports.ToLookup(r => r.Facility);

        public IEnumerable<StockMonth> Before(FacilityId facility, Period period, ISet<DrugCode> codes)
        {
            var from = period.AddMonths(-CycleFacts.HistoryMonths);
            foreach (var report in _byFacility[facility])
            {
                if (report.Period < from || report.Period >= period) continue;
                foreach (var line in report.Lines)
                {
                    if (codes.Contains(line.DrugCode))
                        yield return new StockMonth(facility, line.DrugCode, report.Period, line.Opening, line.Received, line.Used, line.Lost, line.Closing, line.StockoutDays);
                }
            }
        }
    }
}
