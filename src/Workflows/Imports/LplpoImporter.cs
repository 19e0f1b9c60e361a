using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;
using Requisition.Workflows.Runtime.Contracts;

namespace Requisition.Workflows.Imports;

/// <summary>
/// An LPLPO filled in outside the app (<c>lplpo.csv</c>, or the official workbook) brought into the pharmacist's open
/// draft (or returned) LPLPO of that period: use, losses, closing stock, stock-out days, the request and the remark of
/// each line go through the draft save itself (<see cref="LplpoCommands.SaveDraftAsync(Actor, long, SaveDraftInput, int?, CancellationToken)"/>),
/// so the same rules apply as when typing them. Opening stock and receipts come from the stock card and must agree with
/// the draft; what the IFK gives (pemberian) is its own to fill and is ignored. The draft's revision goes up only when
/// something changed.
/// </summary>
internal sealed class LplpoImporter : IImporter
{
    private long _lplpoId;
    private int _revision;
    private readonly List<DraftLine> _changes = [];

    public async Task CheckAsync(ImportPlan plan)
    {
        var source = Read(plan);
        if (source is null) return;
        var unit = plan.Unit;
        var db = unit.Db;
        var ct = plan.CancellationToken;
        var own = unit.Actor.FacilityId ?? "";
        if (source.Facility.Value != own)
        {
            plan.Errors.Add(source.At(source.HeaderRow, Columns.Facility,
                $"is the LPLPO of {source.Facility}: you report for {own}, and import only your own LPLPO"));
            return;
        }
        var report = await db.Lplpos.AsNoTracking()
            .Where(r => r.FacilityId == source.Facility && r.Period == source.Period && r.Kind == LplpoKind.Regular)
            .Select(r => new { r.Id, r.Status, r.Revision }).SingleOrDefaultAsync(ct);
        if (report is null)
        {
            plan.FileError($"there is no LPLPO of {source.Facility} for {source.Period} to fill: it is started with the district's month (or by you) first");
            return;
        }
        if (report.Status is not (LplpoStatus.Draft or LplpoStatus.Returned))
        {
            plan.FileError($"the LPLPO of {source.Facility} for {source.Period} is {report.Status.ToString().ToLowerInvariant()}: only a draft or a returned LPLPO takes an import");
            return;
        }
        _lplpoId = report.Id;
        _revision = report.Revision;
        var draft = await db.LplpoItems.AsNoTracking().Where(l => l.LplpoId == report.Id).ToDictionaryAsync(l => l.DrugCode, ct);

        plan.Progress.Start(ImportProgress.Checking, source.Lines.Count);
        var validator = new DraftLineValidator();
        var given = 0;
        var optimum = 0;
        var index = 0;
        foreach (var line in source.Lines)
        {
            plan.Progress.Report(++index);
            if (!draft.TryGetValue(line.DrugCode, out var kept))
            {
                plan.Errors.Add(source.At(line.Row, Columns.DrugCode, $"{line.DrugCode} is not on the draft LPLPO of {source.Facility} for {source.Period}"));
                continue;
            }
            var errors = plan.Errors.Count;
            if (line.Opening != kept.Opening)
                plan.Errors.Add(source.At(line.Row, Columns.Opening, $"{line.Opening} differs from the draft's {kept.Opening}, which comes from the stock card: correct the file, or the stock card with a stock count"));
            if (line.Received != kept.Received)
                plan.Errors.Add(source.At(line.Row, Columns.Received, $"{line.Received} differs from the {kept.Received} received on the stock card this month: correct the file, or confirm the receipt first"));
            if (line.StockoutDays is > 0 and var days && days > source.Period.Days)
                plan.Errors.Add(source.At(line.Row, Columns.StockoutDays, $"{days} is more than the {source.Period.Days} days of {source.Period}"));
            var input = new DraftLine(line.DrugCode.Value, line.Used, line.Lost, line.Closing, line.StockoutDays, line.Requested, line.Note);
            foreach (var failure in validator.Validate(input).Errors)
                plan.Errors.Add(source.At(line.Row, ColumnOf(failure.PropertyName), failure.ErrorMessage));
            if (line.Given is not null) given++;
            if (line.Optimum is { } o && o != kept.Optimum) optimum++;
            if (plan.Errors.Count > errors) continue;

            var differences = Differences(kept, line);
            if (differences.Count == 0)
            {
                plan.Same();
                continue;
            }
            plan.Change($"{source.Facility} {line.DrugCode} {source.Period}", string.Join("; ", differences));
            _changes.Add(input);
        }
        if (given > 0) plan.Note($"What the IFK gives (pemberian) is filled by the IFK on review: the file's values on {given} line(s) were ignored.");
        if (optimum > 0) plan.Note($"The optimum stock (stok optimum) is computed from the stock history: the file's other values on {optimum} line(s) were ignored.");
        var left = draft.Count - source.Lines.Count(l => draft.ContainsKey(l.DrugCode));
        if (left > 0) plan.Note($"{left} line(s) of the draft are not in the file and stay as they are.");
    }

    /// <summary>
    /// Checks the file in a read of its own, then saves the changed lines through the draft save (one transaction,
    /// refused as stale if the draft changed since the check), and records the import.
    /// </summary>
    public static async Task<ImportResult> ApplyAsync(CycleHost host, Actor actor, ImportFile file, string sha256, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var importer = new LplpoImporter();
        var reporter = new ImportProgressReporter(progress);
        var preview = await host.ReadAsync(actor, async unit =>
            (await ImportService.CheckAsync(unit, ImportKind.Lplpo, file, sha256, options, progress, cancellationToken, importer)).Preview(), cancellationToken);
        if (!preview.Valid) throw ImportService.Refusal(preview);
        reporter.Start(ImportProgress.Writing, importer._changes.Count);
        if (importer._changes.Count > 0)
            await host.Lplpo.SaveDraftAsync(actor, importer._lplpoId, new SaveDraftInput(importer._changes), importer._revision, cancellationToken);
        reporter.Finish();
        await host.RunAsync(actor, "import.lplpo", null, unit =>
        {
            unit.Db.ImportRuns.Add(ImportService.Record(unit, preview));
            return Task.FromResult(0);
        }, cancellationToken);
        return new ImportResult(preview, []);
    }

    private static LplpoImportSource? Read(ImportPlan plan)
    {
        if (LplpoImportSource.IsWorkbook(plan.File)) return LplpoImportSource.FromWorkbook(plan);
        var table = plan.ReadCsv(null, out _);
        return table is null ? null : LplpoImportSource.FromCsv(plan, table);
    }

    private static List<string> Differences(LplpoItem kept, LplpoImportLine line)
    {
        var list = new List<string>();
        void Number(string field, long before, long after) { if (before != after) list.Add($"{field} {before} -> {after}"); }
        Number("used", kept.Used, line.Used);
        Number("lost", kept.Lost, line.Lost);
        Number("closing", kept.Closing, line.Closing);
        if (line.StockoutDays is { } days) Number("stockout_days", kept.StockoutDays, days);
        Number("requested", kept.Requested, line.Requested);
        if (line.Note is { } note && !string.Equals(note.Trim(), kept.Note ?? "", StringComparison.Ordinal))
            list.Add($"note '{kept.Note}' -> '{note.Trim()}'");
        return list;
    }

    private static string ColumnOf(string property) => property switch
    {
        nameof(DraftLine.Used) => Columns.Used,
        nameof(DraftLine.Lost) => Columns.Lost,
        nameof(DraftLine.Closing) => Columns.Closing,
        nameof(DraftLine.StockoutDays) => Columns.StockoutDays,
        nameof(DraftLine.Requested) => Columns.Requested,
        nameof(DraftLine.Note) => Columns.Note,
        _ => Columns.DrugCode,
    };
}
