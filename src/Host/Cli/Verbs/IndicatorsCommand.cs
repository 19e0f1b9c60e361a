using System.CommandLine;
using Requisition.Host.Cli.Output;
using Requisition.Rules.Indicators;
using Requisition.Workflows.Checking;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>indicators</c>: the drug-management indicators the folder's data supports, against their standards.</summary>
public static class IndicatorsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "Folder with the data files (as for check).", Required = true };
        var from = new Option<string?>("--from") { Description = "First period, YYYY-MM (default: the earliest in the data)." };
        var to = new Option<string?>("--to") { Description = "Last period, YYYY-MM (default: the latest in the data)." };
        var asOf = Options.AsOf();
        var thresholds = Options.Thresholds();
        var format = Options.Format("csv", "csv", "table");
        var command = new Command("indicators", "Compute the indicators of drug management (FORNAS conformity, stock-out time, ITOR, ...).")
            { data, from, to, asOf, thresholds, format };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var folder = Options.ExistingDirectory(parse.GetValue(data), "--data");
            var first = Options.ParsePeriod(parse.GetValue(from), "--from");
            var last = Options.ParsePeriod(parse.GetValue(to), "--to");
            if (first is { } f && last is { } l && f > l) throw new UsageException($"--from {f} is after --to {l}.");
            var date = Options.ParseDate(parse.GetValue(asOf), "--as-of");
            var set = ReferenceData.Thresholds(parse.GetValue(thresholds));
            var loaded = CheckDataLoader.Load(folder);
            var fornas = ReferenceData.FornasFor(loaded);
            var statuses = ReferenceMatching.Statuses(loaded.Formulary, fornas, loaded.Doen);
            var input = new IndicatorData(loaded.Formulary, statuses, loaded.History, loaded.Lplpo, loaded.Batches, loaded.Rko,
                loaded.Receipts, null, date);
            var results = IndicatorCalculator.Compute(input, set, first, last);
            if (parse.GetValue(format) == "table")
            {
                var table = new TextTable("INDICATOR", "VALUE", "UNIT", "STANDARD", "MEETS", "BASIS");
                foreach (var r in results) table.Add(r.Id, Round(r.Value), r.Unit, r.Standard, Meets(r.Meets), r.Basis);
                table.WriteTo(stdout, maxWidth: 90);
                return VerbGuard.Ok;
            }
            stdout.WriteLine("indicator,value,unit,standard,meets");
            foreach (var r in results) stdout.WriteLine(CsvText.Row(r.Id, Round(r.Value), r.Unit, r.Standard, Meets(r.Meets)));
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static decimal? Round(decimal? value) => value is { } v ? Math.Round(v, 2) : null;

    private static string Meets(bool? meets) => meets switch { true => "yes", false => "no", null => "" };
}
