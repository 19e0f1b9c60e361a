using System.CommandLine;
using System.Globalization;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Demo;
using Requisition.Rules.Facts;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>demo</c>: seeds a realistic district into an empty database and plays one monthly cycle through the application
/// commands, then prints what happened and who to sign in as.
/// </summary>
public static class DemoCommand
{
    public const string DefaultFile = "requisition-demo.db";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseChoice($"The SQLite file to create (default: {DefaultFile} in the current folder); it must not hold a district yet.");
        var puskesmas = new Option<int>("--puskesmas")
        {
            HelpName = "N",
            Description = $"How many puskesmas the IFK supplies, each with 2 sub-units (at most {DemoDistrict.MaxPuskesmas}).",
            DefaultValueFactory = _ => 10,
        };
        var period = new Option<string?>("--period") { HelpName = "YYYY-MM", Description = "The month whose LPLPOs the cycle runs, YYYY-MM (default: the month before today, WIB)." };
        var command = new Command("demo", "Seed a demo district (1 IFK, puskesmas, sub-units, 150 items, 12 months of history) and play one monthly cycle.")
        {
            puskesmas, period,
        };
        database.AddTo(command);
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var count = parse.GetValue(puskesmas);
            if (count < 1 || count > DemoDistrict.MaxPuskesmas)
                throw new UsageException($"--puskesmas: {count.ToString(CultureInfo.InvariantCulture)} is not from 1 to {DemoDistrict.MaxPuskesmas}.");
            var month = Options.ParsePeriod(parse.GetValue(period), "--period") ?? LastMonthInWib();
            var target = database.Resolve(parse, DefaultFile, fileMustExist: false);
            var outcome = DemoRun.RunAsync(target, count, month).GetAwaiter().GetResult();
            var dbOption = target.Options.Provider == Workflows.Persistence.DatabaseProvider.Sqlite
                ? $"--db {Quote(target.Options.SqlitePath)}"
                : "--postgres \"...\"";
            DemoReport.Write(stdout, outcome, dbOption);
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static Period LastMonthInWib() => Period.Of(DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime)).AddMonths(-1);

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
