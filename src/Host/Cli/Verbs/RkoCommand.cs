using System.CommandLine;
using Requisition.Rules.Planning;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>rko</c>: the annual plan of needs by the consumption method, from a stock history CSV.</summary>
public static class RkoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var history = new Option<string>("--history") { Description = "history.csv: facility,drug_code,period,opening,received,used,lost,closing,stockout_days.", Required = true };
        var safety = new Option<decimal?>("--safety-pct") { Description = "Safety stock as % of annual use (default from thresholds: 20)." };
        var leadTime = new Option<decimal?>("--lead-time-weeks") { Description = "Lead time in weeks (default from thresholds: 4)." };
        var outFile = new Option<string?>("--out") { Description = "Write the CSV to this file instead of standard output." };
        var thresholds = Options.Thresholds();
        var command = new Command("rko", "Compute the RKO (consumption method) from a stock history.") { history, safety, leadTime, outFile, thresholds };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var set = ReferenceData.Thresholds(parse.GetValue(thresholds));
            var safetyPct = parse.GetValue(safety) ?? set.RkoSafetyPct;
            var weeks = parse.GetValue(leadTime) ?? set.RkoLeadTimeWeeks;
            if (safetyPct < 0 || safetyPct > 100) throw new UsageException($"--safety-pct: {safetyPct} is not a percentage from 0 to 100.");
            if (weeks < 0 || weeks > 52) throw new UsageException($"--lead-time-weeks: {weeks} is not a number of weeks from 0 to 52.");
            var months = HistoryCsv.Read(CsvTable.Load(parse.GetValue(history)!));
            var plan = RkoPlanner.Plan(months, new RkoSettings(safetyPct, weeks));
            var target = parse.GetValue(outFile);
            if (target is null)
            {
                RkoCsv.Write(stdout, plan);
                return VerbGuard.Ok;
            }
            var text = new StringWriter();
            RkoCsv.Write(text, plan);
            try
            {
                File.WriteAllText(target, text.ToString());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"--out: cannot write '{target}': {e.Message}");
            }
            error.WriteLine($"{plan.Count} RKO lines written to {target}");
            return VerbGuard.Ok;
        }));
        return command;
    }
}
