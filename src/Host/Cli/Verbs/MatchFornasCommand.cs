using System.CommandLine;
using Requisition.Host.Cli.Output;
using Requisition.Rules.Formulary;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>match-fornas</c>: maps a facility's item names to FORNAS rows, with confidence and reason.</summary>
public static class MatchFornasCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var items = new Option<string>("--items") { Description = "CSV with drug_code,name[,form,strength,unit].", Required = true };
        var fornas = new Option<string?>("--fornas") { Description = "FORNAS list in the e-Fornas layout (default: the shipped list)." };
        var format = Options.Format("csv", "csv", "table");
        var command = new Command("match-fornas", "Match catalog items to FORNAS; unmatched and ambiguous items are left for a person to confirm.") { items, fornas, format };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var rows = ItemsCsv.Read(CsvTable.Load(parse.GetValue(items)!));
            var matcher = new FornasMatcher(ReferenceData.Fornas(parse.GetValue(fornas)));
            var matches = rows.Select(r => matcher.Match(new ItemDescription(r.DrugCode.Value, r.Name, r.Form, r.Strength, r.Unit))).ToList();
            if (parse.GetValue(format) == "table")
            {
                var table = new TextTable("DRUG", "NAME", "FORNAS", "FORM", "STRENGTH", "FKTP", "CONF", "OUTCOME");
                foreach (var m in matches)
                    table.Add(m.Item.DrugCode, m.Item.Name, m.Entry?.Name, m.Entry?.Form, Strength(m), m.Entry?.Fktp, Math.Round(m.Confidence, 2), m.Outcome.ToString().ToLowerInvariant());
                table.WriteTo(stdout);
                var unresolved = matches.Count(m => m.Entry is null);
                stdout.WriteLine($"{matches.Count - unresolved} of {matches.Count} matched; {unresolved} to confirm by hand");
                return VerbGuard.Ok;
            }
            stdout.WriteLine("drug_code,name,fornas_id,fornas_name,fornas_form,fornas_strength,fktp,essential,confidence,reason");
            foreach (var m in matches)
                stdout.WriteLine(CsvText.Row(m.Item.DrugCode, m.Item.Name, m.Entry?.Id, m.Entry?.Name, m.Entry?.Form, Strength(m),
                    m.Entry?.Fktp, m.Entry?.Essential, Math.Round((decimal)m.Confidence, 2), m.Reason));
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static string? Strength(FornasMatch m) => m.Entry is null ? null : $"{m.Entry.Strength} {m.Entry.Unit}".Trim();
}
