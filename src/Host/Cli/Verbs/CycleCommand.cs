using System.CommandLine;
using Requisition.Host.Cli.Cycle;

namespace Requisition.Host.Cli.Verbs;

/// <summary><c>cycle</c>: start, list and act on the planning cycle's workflow instances from the shell, as a given user.</summary>
public static class CycleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("cycle", "Start, list and act on the monthly LPLPO workflows as a user of the district's database.");
        foreach (var verb in CycleReadVerbs.Create(output, error).Concat(CycleActionVerbs.Create(output, error))) command.Subcommands.Add(verb);
        return command;
    }
}
