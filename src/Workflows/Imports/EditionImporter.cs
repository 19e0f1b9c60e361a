using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Cycle;
using Requisition.Workflows.Cycle.Facts;
using Requisition.Workflows.DataFiles;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// A FORNAS edition (e-Fornas layout) or a DOEN edition (doen.csv) stored under the edition name the person gives.
/// An edition never changes once stored (flags and confirmed mappings refer to its rows): the same rows again change
/// nothing, other rows under a stored edition name are refused. The preview says what activating it would change in
/// the matching of the district catalog. It is activated on apply when asked, or when it is the first edition of its
/// kind; otherwise the edition in force stays in force (marked active if it was in force only as the newest one).
/// </summary>
internal sealed class EditionImporter : IImporter
{
    private const int MaxEditionLength = 50;

    public async Task CheckAsync(ImportPlan plan)
    {
        var kind = plan.Kind == ImportKind.Fornas ? ReferenceListKind.Fornas : ReferenceListKind.Doen;
        var edition = plan.Options.Edition?.Trim() ?? "";
        if (edition.Length == 0)
            throw new CommandRejectedException("edition", $"name the edition (edisi) of the {Label(kind)} list, e.g. 2023");
        if (edition.Length > MaxEditionLength)
            throw new CommandRejectedException("edition", $"at most {MaxEditionLength} characters");

        var table = plan.ReadCsv(null, out _);
        if (table is null) return;
        IReadOnlyList<FornasEntry>? fornas = null;
        IReadOnlyList<DoenEntry>? doen = null;
        if (kind == ReferenceListKind.Fornas) fornas = plan.Read(table, FornasCsv.Read);
        else doen = plan.Read(table, DoenCsv.Read);
        if (plan.Errors.Count > 0) return;

        var db = plan.Unit.Db;
        var ct = plan.CancellationToken;
        plan.Progress.Start(ImportProgress.Checking, plan.Rows);
        var stored = await db.ReferenceLists.AsNoTracking().SingleOrDefaultAsync(l => l.Kind == kind && l.Edition == edition, ct);
        // The edition in force: the active one, or the newest stored while none is marked active.
        var inForce = await ReferenceCache.ActiveListIdAsync(db, kind, ct);
        var anyActive = await db.ReferenceLists.AsNoTracking().AnyAsync(l => l.Kind == kind && l.Active, ct);
        var first = inForce is null;
        var key = $"{Label(kind)} {edition}";
        if (stored is not null)
        {
            var difference = kind == ReferenceListKind.Fornas
                ? FirstDifference(fornas!, await StoredFornasAsync(plan, stored.Id))
                : FirstDifference(doen!, await StoredDoenAsync(plan, stored.Id));
            if (difference is not null)
            {
                plan.FileError($"edition {edition} of {Label(kind)} is already stored with other rows ({difference}): a stored edition never " +
                    "changes, since flags and confirmed mappings refer to its rows; import this file under another edition name");
                return;
            }
            plan.Same(plan.Rows);
            if (plan.Options.Activate && !stored.Active)
            {
                plan.Change(key, "made the active edition");
                plan.Write = () => ReferenceCommands.MakeActiveAsync(plan.Unit, stored.Id, ct);
            }
            plan.Note(stored.Active
                ? $"Edition {edition} of {Label(kind)} is stored already and is the active edition: nothing changes."
                : $"Edition {edition} of {Label(kind)} is stored already{(plan.Options.Activate ? "; it will be made the active edition" : "")}.");
        }
        else
        {
            if (kind == ReferenceListKind.Fornas)
                foreach (var entry in fornas!) plan.Add($"{key} row {entry.Row}", $"{entry.Id} {entry.Name} {entry.Form} {entry.Strength} {entry.Unit}".TrimEnd());
            else
                for (var i = 0; i < doen!.Count; i++) plan.Add($"{key} row {i + 1}", $"{doen[i].Name} {doen[i].Form} {doen[i].Strength} {doen[i].Unit}".TrimEnd());
            plan.Note(plan.Options.Activate || first
                ? $"Edition {edition} of {Label(kind)} will be stored and made the active edition{(first ? " (the first edition of its kind)" : "")}."
                : $"Edition {edition} of {Label(kind)} will be stored; it is not made the active edition (activate it on the reference lists page, or import with activation).");
            var activateNew = plan.Options.Activate || first;
            // Without activation the edition in force stays so, also when it was in force only as the newest one.
            var pin = !activateNew && !anyActive ? inForce : null;
            plan.Write = () => StoreAsync(plan, kind, edition, fornas, doen, activateNew, pin);
        }
        if (stored is null || stored.Id != inForce)
        {
            var replaces = inForce is null ? null
                : await db.ReferenceLists.AsNoTracking().Where(l => l.Id == inForce).Select(l => l.Edition).SingleAsync(ct);
            var (items, changes) = await EditionMatching.CompareAsync(plan.Unit, kind, fornas, doen, ct);
            foreach (var note in EditionMatching.Notes(edition, replaces, items, changes)) plan.Note(note);
        }
        plan.Progress.Finish();
    }

    /// <summary>Stores the edition and activates it, or marks <paramref name="pin"/> (the edition in force) active instead.</summary>
    private static async Task StoreAsync(ImportPlan plan, ReferenceListKind kind, string edition,
        IReadOnlyList<FornasEntry>? fornas, IReadOnlyList<DoenEntry>? doen, bool activateNew, long? pin)
    {
        var unit = plan.Unit;
        var db = unit.Db;
        plan.Progress.Start(ImportProgress.Writing, plan.Rows);
        var source = string.IsNullOrWhiteSpace(plan.Options.Source) ? plan.FileName : plan.Options.Source.Trim();
        var list = new ReferenceList { Kind = kind, Edition = edition, Source = source, ImportedBy = unit.Actor.UserId, ImportedAt = unit.Now };
        db.ReferenceLists.Add(list);
        await unit.SaveAsync();
        if (fornas is not null)
        {
            foreach (var f in fornas)
            {
                db.FornasItems.Add(new FornasItem
                {
                    ListId = list.Id, Row = f.Row, FornasId = f.Id, Name = f.Name, InternationalName = f.InternationalName, Form = f.Form,
                    Strength = f.Strength, Unit = f.Unit, Fktp = f.Fktp, Essential = f.Essential, Program = f.Program,
                    TherapeuticClass = f.TherapeuticClass, Composition = f.Composition,
                });
            }
        }
        else
        {
            for (var i = 0; i < doen!.Count; i++)
                db.DoenItems.Add(new DoenItem { ListId = list.Id, Row = i + 1, Name = doen[i].Name, Form = doen[i].Form, Strength = doen[i].Strength, Unit = doen[i].Unit });
        }
        await unit.SaveAsync();
        if (activateNew) await ReferenceCommands.MakeActiveAsync(unit, list.Id, plan.CancellationToken);
        else if (pin is { } inForce) await ReferenceCommands.MakeActiveAsync(unit, inForce, plan.CancellationToken);
        plan.Progress.Finish();
    }

    private static Task<List<FornasEntry>> StoredFornasAsync(ImportPlan plan, long listId) =>
        plan.Unit.Db.FornasItems.AsNoTracking().Where(i => i.ListId == listId).OrderBy(i => i.Row)
            .Select(i => new FornasEntry(i.FornasId, i.Name, i.InternationalName, i.Form, i.Strength, i.Unit, i.Fktp,
                i.Essential, i.Program, i.TherapeuticClass, i.Composition) { Row = i.Row })
            .ToListAsync(plan.CancellationToken);

    private static Task<List<DoenEntry>> StoredDoenAsync(ImportPlan plan, long listId) =>
        plan.Unit.Db.DoenItems.AsNoTracking().Where(i => i.ListId == listId).OrderBy(i => i.Row)
            .Select(i => new DoenEntry(i.Name, i.Form, i.Strength, i.Unit)).ToListAsync(plan.CancellationToken);

    /// <summary>Where the file's rows first differ from the stored ones, in words; null when they are the same.</summary>
    private static string? FirstDifference<T>(IReadOnlyList<T> file, IReadOnlyList<T> stored)
    {
        for (var i = 0; i < Math.Min(file.Count, stored.Count); i++)
            if (!Equals(file[i], stored[i])) return $"row {i + 1} differs";
        return file.Count == stored.Count ? null : $"the file has {file.Count} rows, the stored edition {stored.Count}";
    }

    private static string Label(ReferenceListKind kind) => kind == ReferenceListKind.Fornas ? "FORNAS" : "DOEN";
}
