using System.CommandLine;
using Requisition.Host.Cli.Output;
using Requisition.Rules.RuleSets;
using Requisition.Workflows.Checking;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>check</c>: runs a step's rule set over the files of a folder and prints one flag per line.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var step = new Option<string>("--step") { Description = $"The step whose rules run: {string.Join(", ", Steps.All)}.", Required = true };
        step.AcceptOnlyFromAmong([.. Steps.All]);
        var data = new Option<string>("--data") { Description = "Folder with any of formulary.csv, history.csv, lplpo.csv, batches.csv, rko.csv, shipments.csv, receipts.csv, budget.csv, fornas.csv, doen.csv.", Required = true };
        var asOf = Options.AsOf();
        var thresholds = Options.Thresholds();
        var format = Options.Format("jsonl", "jsonl", "csv", "table");
        var command = new Command("check", "Flag what a careful reviewer would catch at a step.") { step, data, asOf, thresholds, format };
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var folder = Options.ExistingDirectory(parse.GetValue(data), "--data");
            var date = Options.ParseDate(parse.GetValue(asOf), "--as-of");
            var set = ReferenceData.Thresholds(parse.GetValue(thresholds));
            var loaded = CheckDataLoader.Load(folder);
            var fornas = ReferenceData.FornasFor(loaded);
            var stepName = parse.GetValue(step)!;
            var flags = StepEvaluation.Run(stepName, set, date, StepFacts.Build(loaded, fornas, stepName));
            FlagWriter.Write(stdout, flags, Options.ParseFormat(parse.GetValue(format)!));
            return VerbGuard.Ok;
        }));
        return command;
    }
}
