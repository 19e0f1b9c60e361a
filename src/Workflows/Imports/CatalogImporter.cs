using Microsoft.EntityFrameworkCore;
using Requisition.Workflows.Persistence.Entities;

namespace Requisition.Workflows.Imports;

/// <summary>
/// The district drug catalog from <c>catalog.csv</c>: a new code is added, a known one is updated where the file
/// differs (each difference listed field by field). Items are never removed: an item left out of the file stays.
/// </summary>
internal sealed class CatalogImporter : IImporter
{
    public async Task CheckAsync(ImportPlan plan)
    {
        var table = plan.ReadCsv(CatalogCsv.Aliases, out var headers);
        if (table is null) return;
        var rows = plan.Read(table, CatalogCsv.Read, headers);
        if (plan.Errors.Count > 0) return;

        // Tracked when applying (the write changes these very objects), untracked in a preview.
        var drugs = (await plan.Unit.Db.Drugs.ToListAsync(plan.CancellationToken)).ToDictionary(d => d.Code);
        plan.Progress.Start(ImportProgress.Checking, rows.Count);
        var writes = new List<Action>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!drugs.TryGetValue(row.DrugCode, out var drug))
            {
                var added = new Drug { Code = row.DrugCode };
                Fill(added, row);
                plan.Add(row.DrugCode.Value, $"{row.Name} {row.Form} {row.Strength}".TrimEnd());
                writes.Add(() => plan.Unit.Db.Drugs.Add(added));
            }
            else
            {
                var target = drug;
                var probe = Copy(target);
                Fill(probe, row);
                var differences = Differences(target, probe);
                if (differences.Count == 0) plan.Same();
                else
                {
                    plan.Change(row.DrugCode.Value, string.Join("; ", differences));
                    writes.Add(() => Fill(target, row));
                }
            }
            plan.Progress.Report(i + 1);
        }
        plan.Write = () =>
        {
            foreach (var write in writes) write();
            return Task.CompletedTask;
        };
    }

    private static void Fill(Drug drug, CatalogRow row)
    {
        drug.Name = row.Name;
        drug.Form = row.Form;
        drug.Strength = row.Strength ?? drug.Strength;
        drug.Unit = row.Unit;
        drug.Generic = row.Generic;
        drug.Bmhp = row.Bmhp ?? drug.Bmhp;
        drug.Programme = row.Programme ?? drug.Programme;
        drug.Lasa = row.Lasa ?? drug.Lasa;
        drug.HighAlert = row.HighAlert ?? drug.HighAlert;
        drug.PackSize = row.PackSize ?? drug.PackSize;
    }

    private static Drug Copy(Drug d) => new()
    {
        Code = d.Code, Name = d.Name, Form = d.Form, Strength = d.Strength, Unit = d.Unit, Generic = d.Generic, Bmhp = d.Bmhp,
        Programme = d.Programme, Lasa = d.Lasa, HighAlert = d.HighAlert, PackSize = d.PackSize,
    };

    /// <summary>"name 'A' -> 'B'", one per field that differs.</summary>
    private static List<string> Differences(Drug before, Drug after)
    {
        var list = new List<string>();
        void Text(string field, string a, string b) { if (!string.Equals(a, b, StringComparison.Ordinal)) list.Add($"{field} '{a}' -> '{b}'"); }
        void Flag(string field, bool a, bool b) { if (a != b) list.Add($"{field} {(a ? "yes" : "no")} -> {(b ? "yes" : "no")}"); }
        Text("name", before.Name, after.Name);
        Text("form", before.Form, after.Form);
        Text("strength", before.Strength, after.Strength);
        Text("unit", before.Unit, after.Unit);
        Flag("generic", before.Generic, after.Generic);
        Flag("bmhp", before.Bmhp, after.Bmhp);
        Flag("programme", before.Programme, after.Programme);
        Flag("lasa", before.Lasa, after.Lasa);
        Flag("high_alert", before.HighAlert, after.HighAlert);
        if (before.PackSize != after.PackSize) list.Add($"pack_size {before.PackSize?.ToString() ?? "none"} -> {after.PackSize}");
        return list;
    }
}
