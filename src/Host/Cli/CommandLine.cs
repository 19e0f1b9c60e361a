using System.CommandLine;
using Requisition.Host.Cli.Verbs;

namespace Requisition.Host.Cli;

/// <summary>The command-line verbs of the requisition tool. Exit 0 on success, 2 on bad input.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Requisition: drug planning and requisition rules for puskesmas and IFK.")
        {
            CheckCommand.Create(output, error),
            RkoCommand.Create(output, error),
            MatchFornasCommand.Create(output, error),
            IndicatorsCommand.Create(output, error),
            BenchCommand.Create(output, error),
            DemoCommand.Create(output, error),
            CycleCommand.Create(output, error),
            BenchCycleCommand.Create(output, error),
            BenchHttpCommand.Create(output, error),
            BenchDashboardCommand.Create(output, error),
            ImportCommand.Create(output, error), BenchImportCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors) error.WriteLine($"error: {problem.Message}");
            return VerbGuard.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
