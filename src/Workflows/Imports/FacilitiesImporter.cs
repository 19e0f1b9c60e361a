using Microsoft.EntityFrameworkCore;
using Requisition.Rules.Facts;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// The district tree from <c>facilities.csv</c>: new facilities are added, a known one's name and active flag updated.
/// An IFK has no parent, a puskesmas belongs to an IFK, a sub-unit to a puskesmas; the parent is in the database or on
/// an earlier line of the file. A facility's kind and parent never change by import (its documents and stock refer to
/// them), and no facility is removed.
/// </summary>
internal sealed class FacilitiesImporter : IImporter
{
    public async Task CheckAsync(ImportPlan plan)
    {
        var table = plan.ReadCsv(FacilitiesCsv.Aliases, out var headers);
        if (table is null) return;
        // Problems found below are reported through the rows into this list, then renamed like the reader's.
        var found = new DataFiles.DataFileErrorList();
        var rows = FacilitiesCsv.Read(table, found);
        if (rows.Count == 0)
        {
            plan.Errors.AddRange(headers!.AsWritten(found.Items));
            return;
        }

        var stored = (await plan.Unit.Db.Facilities.ToListAsync(plan.CancellationToken)).ToDictionary(f => f.Id);
        var kinds = stored.ToDictionary(f => f.Key, f => f.Value.Kind);
        var lineOf = rows.ToDictionary(r => r.Id, r => r.Line);
        plan.Progress.Start(ImportProgress.Checking, rows.Count);
        var writes = new List<Action>();
        var index = 0;
        foreach (var row in rows)
        {
            var errorsBefore = found.Count;
            stored.TryGetValue(row.Id, out var facility);
            if (facility is not null && facility.Kind != row.Kind)
                row.Row.Fail(FacilitiesCsv.Kind, $"{row.Id} is {A(facility.Kind)} in the database: a facility's kind never changes");
            if (facility is not null && facility.ParentId != row.Parent)
                row.Row.Fail(FacilitiesCsv.Parent, $"{row.Id} belongs to {facility.ParentId?.Value ?? "no facility"} in the database: moving a facility is not done by import");
            else CheckParent(row, kinds, lineOf);
            // Known from here on even when its row is wrong, so the rows under it are not reported for it too.
            kinds.TryAdd(row.Id, row.Kind);
            if (found.Count > errorsBefore)
            {
                plan.Progress.Report(++index);
                continue;
            }
            if (facility is null)
            {
                var added = new Facility { Id = row.Id, Name = row.Name, Kind = row.Kind, ParentId = row.Parent, Active = row.Active ?? true };
                plan.Add(row.Id.Value, $"{row.Name}, {Word(row.Kind)}{(row.Parent is { } p ? $" under {p}" : "")}");
                writes.Add(() => plan.Unit.Db.Facilities.Add(added));
            }
            else
            {
                var differences = new List<string>();
                if (!string.Equals(facility.Name, row.Name, StringComparison.Ordinal)) differences.Add($"name '{facility.Name}' -> '{row.Name}'");
                if (row.Active is { } active && active != facility.Active) differences.Add(active ? "reopened (active)" : "closed (not active)");
                if (differences.Count == 0) plan.Same();
                else
                {
                    plan.Change(row.Id.Value, string.Join("; ", differences));
                    var target = facility;
                    writes.Add(() =>
                    {
                        target.Name = row.Name;
                        target.Active = row.Active ?? target.Active;
                    });
                }
            }
            plan.Progress.Report(++index);
        }
        plan.Errors.AddRange(headers!.AsWritten(found.Items));
        plan.Write = () =>
        {
            foreach (var write in writes) write();
            return Task.CompletedTask;
        };
    }

    private static void CheckParent(FacilityRow row, Dictionary<FacilityId, FacilityKind> kinds, Dictionary<FacilityId, int> lineOf)
    {
        if (row.Kind == FacilityKind.Ifk)
        {
            if (row.Parent is not null) row.Row.Fail(FacilitiesCsv.Parent, "an IFK belongs to no other facility: leave parent blank");
            return;
        }
        var expected = row.Kind == FacilityKind.Puskesmas ? FacilityKind.Ifk : FacilityKind.Puskesmas;
        if (row.Parent is not { } parent)
        {
            row.Row.Fail(FacilitiesCsv.Parent, $"{A(row.Kind)} belongs to {A(expected)}: name it");
            return;
        }
        if (parent == row.Id)
        {
            row.Row.Fail(FacilitiesCsv.Parent, "a facility cannot belong to itself");
            return;
        }
        if (!kinds.TryGetValue(parent, out var kind))
        {
            var later = lineOf.TryGetValue(parent, out var line) && line > row.Line ? $": it is on line {line}; list a facility before those that belong to it" : "";
            row.Row.Fail(FacilitiesCsv.Parent, $"{parent} is not a facility in the database or on an earlier line{later}");
            return;
        }
        if (kind != expected)
            row.Row.Fail(FacilitiesCsv.Parent, $"{A(row.Kind)} belongs to {A(expected)}, and {parent} is {A(kind)}");
    }

    private static string A(FacilityKind kind) => (kind == FacilityKind.Ifk ? "an " : "a ") + Word(kind);

    private static string Word(FacilityKind kind) => kind switch
    {
        FacilityKind.Ifk => "IFK",
        FacilityKind.Puskesmas => "puskesmas",
        _ => "sub-unit",
    };
}
