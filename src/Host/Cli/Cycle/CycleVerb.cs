using System.CommandLine;
using Requisition.Host.Cli.Verbs;
using Requisition.Workflows.Cycle;

namespace Requisition.Host.Cli.Cycle;

/// <summary>
/// Builds one <c>cycle</c> sub-verb: its own arguments and options plus the ones every sub-verb takes (the database,
/// <c>--as USER</c>, <c>--role</c>, <c>--at</c>), and runs it under <see cref="VerbGuard"/>. A refusal by a step's rules
/// prints every error line and then how to acknowledge the warnings or what to fix; stdout stays empty.
/// </summary>
public static class CycleVerb
{
    public static Command Create(
        string name, string description, TextWriter output, TextWriter error, IEnumerable<Symbol> symbols,
        Func<CycleSession, ParseResult, TextWriter, Task> body)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument: command.Arguments.Add(argument); break;
                case Option option: command.Options.Add(option); break;
                default: throw new ArgumentException($"unexpected symbol {symbol.Name}", nameof(symbols));
            }
        }
        var database = new DatabaseChoice("The district's SQLite file (as `requisition demo` creates it).");
        var user = new Option<string>("--as") { HelpName = "USER", Description = "The user to act as (their role and facility come from the database).", Required = true };
        var role = new Option<string?>("--role") { HelpName = "ROLE", Description = $"The role to act in when the user holds several: {string.Join(", ", CycleRoles.All)}." };
        var at = new Option<string?>("--at") { HelpName = "FACILITY", Description = "The facility to act for when the user holds the role at several." };
        database.AddTo(command);
        command.Options.Add(user);
        command.Options.Add(role);
        command.Options.Add(at);
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var target = database.Resolve(parse, defaultFile: null, fileMustExist: true);
            var text = new StringWriter();
            try
            {
                var session = CycleSession.OpenAsync(target, parse.GetValue(user)!, parse.GetValue(role), parse.GetValue(at)).GetAwaiter().GetResult();
                body(session, parse, text).GetAwaiter().GetResult();
            }
            catch (CommandRejectedException refused) when (refused.Flags.Count > 0)
            {
                CycleRefusal.Write(error, refused);
                return VerbGuard.BadInput;
            }
            stdout.Write(text.ToString());
            return VerbGuard.Ok;
        }));
        return command;
    }
}
