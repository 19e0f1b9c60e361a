using System.CommandLine;
using Requisition.Host.Cli.Cycle;
using Requisition.Host.Cli.Output;
using Requisition.Host.Web.Indicators;
using Requisition.Rules.Indicators;
using Requisition.Workflows.Checking;
using Requisition.Workflows.Cycle.Indicators;
using Requisition.Workflows.DataFiles;

namespace Requisition.Host.Cli.Verbs;

/// <summary>
/// <c>indicators</c>: the drug-management indicators (indikator pengelolaan obat) against their standards, either from the
/// data files of a folder (<c>--data DIR</c>) or from a district's database (<c>--db FILE</c> / <c>--postgres</c>) as a
/// user sees them (<c>--as USER</c>): one puskesmas or the whole district, over a range of months.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string?>("--data") { Description = "Folder with the data files (as for check). Without it, the indicators come from the database (--db or --postgres)." };
        var from = new Option<string?>("--from") { Description = "First month, YYYY-MM (default: the earliest in the data; from a database: 11 months before --to)." };
        var to = new Option<string?>("--to") { Description = "Last month, YYYY-MM (default: the latest in the data; from a database: last month)." };
        var asOf = Options.AsOf();
        var thresholds = Options.Thresholds();
        var format = Options.Format("csv", "csv", "table");
        var database = new DatabaseChoice("The district's SQLite file (as `requisition demo` creates it), instead of --data.");
        var user = new Option<string?>("--as") { HelpName = "USER", Description = "With a database: the user to read as (their role and facility decide what they may see)." };
        var role = new Option<string?>("--role") { HelpName = "ROLE", Description = "With a database: the role to read in, when the user holds several." };
        var at = new Option<string?>("--at") { HelpName = "FACILITY", Description = "With a database: the facility of that role, when the user holds it at several." };
        var facility = new Option<string?>("--facility") { HelpName = "PUSKESMAS", Description = "With a database: one puskesmas (default: a puskesmas user's own; the district for the IFK and the administrator)." };
        var command = new Command("indicators", "Compute the indicators of drug management (FORNAS conformity, stock-out time, ITOR, ...).")
            { data, from, to, asOf, thresholds, format, user, role, at, facility };
        database.AddTo(command);
        command.SetAction(parse => VerbGuard.Run(output, error, stdout =>
        {
            var first = Options.ParsePeriod(parse.GetValue(from), "--from");
            var last = Options.ParsePeriod(parse.GetValue(to), "--to");
            if (first is { } f && last is { } l && f > l) throw new UsageException($"--from {f} is after --to {l}.");
            var table = parse.GetValue(format) == "table";
            if (parse.GetValue(data) is { } folder)
            {
                if (parse.GetValue(database.File) is not null || parse.GetValue(database.Postgres) is not null)
                    throw new UsageException("--data and --db/--postgres: give the data files or a database, not both.");
                foreach (var (option, name) in new[] { (user, "--as"), (role, "--role"), (at, "--at"), (facility, "--facility") })
                    if (parse.GetValue(option) is not null) throw new UsageException($"{name} reads a database (--db or --postgres); with --data it has no meaning.");
                var results = FromFolder(Options.ExistingDirectory(folder, "--data"), parse.GetValue(asOf), parse.GetValue(thresholds), first, last);
                Write(stdout, table, results.Select(r => (r.Id, r.Value, r.Unit, r.Standard, r.Meets, r.Basis)));
                return VerbGuard.Ok;
            }
            if (parse.GetValue(database.File) is null && parse.GetValue(database.Postgres) is null
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(DatabaseChoice.PostgresVariable)))
                throw new UsageException("give the data files (--data DIR) or a database (--db FILE or --postgres CONNECTIONSTRING).");
            if (parse.GetValue(asOf) is not null || parse.GetValue(thresholds) is not null)
                throw new UsageException("--as-of and --thresholds apply to --data; a database uses its own date and threshold set.");
            if (string.IsNullOrWhiteSpace(parse.GetValue(user))) throw new UsageException("--as: name the user to read the database as.");
            var target = database.Resolve(parse, defaultFile: null, fileMustExist: true);
            var session = CycleSession.OpenAsync(target, parse.GetValue(user)!, parse.GetValue(role), parse.GetValue(at)).GetAwaiter().GetResult();
            var query = new IndicatorFilter(parse.GetValue(facility), first?.ToString(), last?.ToString())
                .Require(session.Actor, IndicatorFilter.Today(session.Host));
            var dashboard = session.Host.Indicators.DashboardAsync(session.Actor, query).GetAwaiter().GetResult();
            if (table)
                stdout.WriteLine($"{(dashboard.District ? "district" : "puskesmas")} {dashboard.ScopeName} ({dashboard.ScopeId}), {dashboard.From} to {dashboard.To}, "
                                 + $"stock as of {dashboard.AsOf:yyyy-MM-dd}, thresholds {dashboard.ThresholdVersion}");
            Write(stdout, table, dashboard.Figures.Select(r => (r.Id, r.Value, r.Unit, r.Standard, r.Meets, r.Basis)));
            return VerbGuard.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<IndicatorResult> FromFolder(string folder, string? asOf, string? thresholdsFile, Rules.Facts.Period? first, Rules.Facts.Period? last)
    {
        var date = Options.ParseDate(asOf, "--as-of");
        var set = ReferenceData.Thresholds(thresholdsFile);
        var loaded = CheckDataLoader.Load(folder);
        var fornas = ReferenceData.FornasFor(loaded);
        var statuses = ReferenceMatching.Statuses(loaded.Formulary, fornas, loaded.Doen);
        var input = new IndicatorData(loaded.Formulary, statuses, loaded.History, loaded.Lplpo, loaded.Batches, loaded.Rko,
            loaded.Receipts, null, date, Documents: loaded.LplpoDocuments);
        return IndicatorCalculator.Compute(input, set, first, last);
    }

    /// <summary>The indicators CSV of docs/data-formats.md, or the same columns and the basis as a text table.</summary>
    private static void Write(TextWriter stdout, bool table, IEnumerable<(string Id, decimal? Value, string Unit, string Standard, bool? Meets, string Basis)> figures)
    {
        if (table)
        {
            var text = new TextTable("INDICATOR", "VALUE", "UNIT", "STANDARD", "MEETS", "BASIS");
            foreach (var r in figures) text.Add([.. IndicatorTable.Row(r.Id, r.Value, r.Unit, r.Standard, r.Meets), r.Basis]);
            text.WriteTo(stdout, maxWidth: 90);
            return;
        }
        stdout.WriteLine(string.Join(",", IndicatorTable.Headers));
        foreach (var r in figures) stdout.WriteLine(CsvText.Row([.. IndicatorTable.Row(r.Id, r.Value, r.Unit, r.Standard, r.Meets)]));
    }
}
