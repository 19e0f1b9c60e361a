using System.CommandLine;

namespace Requisition.Host.Cli;

/// <summary>The command-line verbs of the requisition tool.</summary>
public static class CommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Requisition: drug planning and requisition rules for puskesmas and IFK.");
        var parse = root.Parse(args);
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
